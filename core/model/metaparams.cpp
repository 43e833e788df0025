#include "model/metaparams.h"

#include "model/resourceschema.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace converge {

namespace {

/// Collects errors for one resource's meta map, so each check stays one line.
class MetaChecker
{
    Q_DECLARE_TR_FUNCTIONS(MetaParams)

public:
    MetaChecker(const QString &file, const QString &resource, Diagnostics *diagnostics)
        : m_file(file), m_resource(resource), m_diagnostics(diagnostics)
    {}

    void error(const Value &at, const QString &message) const
    {
        if (!m_diagnostics)
            return;
        Diagnostic d;
        d.file = m_file;
        d.location = at.location();
        d.resource = m_resource;
        d.message = m_resource.isEmpty() ? message : m_resource + QStringLiteral(": ") + message;
        m_diagnostics->append(d);
    }

    static QString shown(const Value &v) { return ResourceSchema::describe(v); }

    template <typename T>
    void integer(const Value &meta, const char16_t *key, T *out, qint64 min) const
    {
        const Value *v = meta.find(key);
        if (!v || v->isNull())
            return;
        const auto n = v->toInt();
        if (n && *n >= min && *n <= std::numeric_limits<T>::max()) {
            *out = T(*n);
            return;
        }
        const QString k = QString::fromUtf16(key);
        error(*v,
              min < 0
                  ? tr("meta %1: expected an integer (-1 for forever), got %2").arg(k, shown(*v))
                  : tr("meta %1: expected a whole number of at least %2, got %3")
                        .arg(k, QString::number(min), shown(*v)));
    }

    void boolean(const Value &meta, const char16_t *key, bool *out) const
    {
        const Value *v = meta.find(key);
        if (!v || v->isNull())
            return;
        if (const auto b = v->toBool())
            *out = *b;
        else
            error(*v, tr("meta %1: expected true or false, got %2")
                          .arg(QString::fromUtf16(key), shown(*v)));
    }

    void number(const Value &meta, const char16_t *key, double *out) const
    {
        const Value *v = meta.find(key);
        if (!v || v->isNull())
            return;
        const auto d = isInfinity(*v) ? std::numeric_limits<double>::infinity() : v->toDouble();
        if (d && *d >= 0)
            *out = *d;
        else
            error(*v, tr("meta %1: expected a number of at least 0, got %2")
                          .arg(QString::fromUtf16(key), shown(*v)));
    }

    /// mgmt's rate limiter lets an event through only from its burst: a finite limit with no
    /// burst blocks forever, and mgmt refuses it ("permanently limited").
    void rateLimit(const Value &meta, const MetaParams &p) const
    {
        const Value *limit = meta.find(u"limit");
        if (!limit || std::isinf(p.limit) || p.burst > 0)
            return;
        error(*limit, tr("meta limit: a limit of %1 events per second with burst 0 lets no event "
                         "through (mgmt refuses it as permanently limited); set burst to 1 or "
                         "more, or limit to .inf")
                          .arg(p.limit));
    }

    void semaphores(const Value &meta, std::vector<SemaphoreRequest> *out) const
    {
        const Value *v = meta.find(u"sema");
        if (!v || v->isNull())
            return;
        if (!v->isList()) {
            error(*v,
                  tr("meta sema: expected a list of \"id\" or \"id:N\", got %1").arg(shown(*v)));
            return;
        }
        for (const Value &item : v->items()) {
            if (auto request = semaphore(item))
                out->push_back(*request);
        }
    }

private:
    /// YAML's spellings of positive infinity, which mgmt reads into its float `limit`.
    static bool isInfinity(const Value &v)
    {
        static const QStringList words = {u".inf"_qs,  u".Inf"_qs,  u".INF"_qs,
                                          u"+.inf"_qs, u"+.Inf"_qs, u"+.INF"_qs};
        return v.isScalar() && v.style() == Value::Style::Plain && words.contains(v.text());
    }

    std::optional<SemaphoreRequest> semaphore(const Value &item) const
    {
        if (!item.isScalar() || item.text().isEmpty()) {
            error(item, tr("meta sema: expected \"id\" or \"id:N\", got %1").arg(shown(item)));
            return std::nullopt;
        }
        SemaphoreRequest request;
        const QString &text = item.text();
        const qsizetype colon = text.lastIndexOf(u':');
        request.id = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            bool ok = false;
            request.count = text.mid(colon + 1).toInt(&ok);
            if (!ok || request.count <= 0 || request.id.isEmpty()) {
                error(item, tr("meta sema: expected \"id\" or \"id:N\" with N > 0, got %1")
                                .arg(shown(item)));
                return std::nullopt;
            }
        }
        return request;
    }

    const QString &m_file;
    const QString &m_resource;
    Diagnostics *m_diagnostics;
};

} // namespace

MetaParams MetaParams::parse(const Value &meta, const QString &file, const QString &resource,
                             Diagnostics *diagnostics)
{
    MetaParams p;
    const MetaChecker check(file, resource, diagnostics);
    if (meta.isNull())
        return p;
    if (!meta.isMap()) {
        check.error(meta,
                    MetaChecker::tr("meta: expected a map, got %1").arg(MetaChecker::shown(meta)));
        return p;
    }
    check.boolean(meta, u"noop", &p.noop);
    check.integer(meta, u"retry", &p.retry, RetryForever);
    check.integer(meta, u"delay", &p.delayMs, 0);
    check.integer(meta, u"timeout", &p.timeoutMs, 0);
    check.integer(meta, u"poll", &p.pollSeconds, 0);
    check.number(meta, u"limit", &p.limit);
    check.integer(meta, u"burst", &p.burst, 0);
    check.rateLimit(meta, p);
    check.semaphores(meta, &p.sema);
    check.boolean(meta, u"autoedge", &p.autoEdge);
    check.boolean(meta, u"autogroup", &p.autoGroup);
    check.boolean(meta, u"hidden", &p.hidden);
    return p;
}

} // namespace converge
