#pragma once

#include "model/diagnostic.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace converge {

class GraphModel;

/// The Problems of an open graph, kept current while it is edited: what reading the file found,
/// what GraphValidator (the check `validate` and `run` make) finds on the graph as it is now, and
/// the values typed into the property editor that were not valid and so were kept out of the
/// model.
///
/// Every change the model announces queues one validation for the next pass of the event loop
/// (edits made together are validated once); it runs on a worker thread on a copy of the graph,
/// and changed() follows when its answer is in. A reading problem that the validator also finds
/// stays exactly as long as the validator still finds it (so a fixed value clears at once, and
/// an edge to a missing resource clears when the resource is added); one about something the
/// graph could not hold (a resource without a name) stays until the next load or save. The model
/// must outlive this object. GUI thread only.
class LiveValidator : public QObject
{
    Q_OBJECT
public:
    explicit LiveValidator(const GraphModel *model, QObject *parent = nullptr);
    ~LiveValidator() override;

    /// A new graph was loaded: reading holds the reader's diagnostics, validated what
    /// GraphValidator::validate found on the graph as read. Rejected values are dropped.
    void reset(const Diagnostics &reading, const Diagnostics &validated, const QString &file);
    /// Names the file in later messages (after Save As).
    void setFileName(const QString &file) { m_file = file; }
    /// The graph was saved to file, whose reading found reading (no file named; nothing when
    /// the text did not change): reading problems now name file and the lines where they are,
    /// and the graph is validated again, as its elements' locations moved too. Rejected values
    /// stay.
    void saved(const std::optional<Diagnostics> &reading, const QString &file);
    /// Queues a validation of the graph as it is now.
    void revalidate();
    /// True from revalidate() until its answer is in.
    bool isValidating() const { return m_queued || m_running; }

    /// text, typed for field of the resource key, is not a valid value (why says so): it is
    /// listed, and runs are refused, until clearRejectedValue() or a load.
    void setRejectedValue(const QString &key, const QString &field, const QString &text,
                          const Diagnostic &why);
    void clearRejectedValue(const QString &key, const QString &field);
    /// A value kept out of the model: as typed, and why.
    struct Rejected
    {
        QString text;
        Diagnostic why;
    };
    /// What setRejectedValue() holds for the field, or nullptr.
    const Rejected *rejected(const QString &key, const QString &field) const;

    /// Every problem now, reading problems first.
    const Diagnostics &diagnostics() const { return m_merged; }

signals:
    /// diagnostics() changed.
    void changed();

private:
    void start();
    void finished(quint64 generation, const Diagnostics &live);
    void merge();

    const GraphModel *m_model;
    QString m_file;
    Diagnostics m_reading;
    QSet<QString> m_checkedAtLoad; ///< messages of reading problems the validator also made
    Diagnostics m_live;
    QHash<QString, Rejected> m_rejected; ///< by "key\nfield"
    Diagnostics m_merged;
    QTimer m_queue;
    quint64 m_generation = 0;
    bool m_queued = false;
    bool m_running = false;
};

} // namespace converge
