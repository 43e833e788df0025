#include "resources/checkapply.h"

#include "model/resource.h"
#include "resources/execresource.h"
#include "resources/fileresource.h"
#include "resources/noopresource.h"
#include "resources/timerresource.h"

#include <QCoreApplication>

namespace converge {

std::shared_ptr<CheckApply> CheckApply::create(const Resource &resource, const QString &file,
                                               Diagnostics *diagnostics)
{
    if (resource.kind == u"exec")
        return ExecResource::create(resource, file, diagnostics);
    if (resource.kind == u"file")
        return FileResource::create(resource, file, diagnostics);
    if (resource.kind == u"noop") {
        // One shared instance: a noop has no state, and 100,000 noops then cost no
        // allocations and, when run, no cache miss each to reach their code.
        static const std::shared_ptr<CheckApply> noop = std::make_shared<NoopResource>();
        return noop;
    }
    if (resource.kind == u"timer")
        return TimerResource::create(resource, file, diagnostics);
    refuse(resource, file,
           QCoreApplication::translate("converge::CheckApply",
                                       "unsupported resource kind %1: only exec, file, noop and "
                                       "timer can run")
               .arg(resource.kind),
           diagnostics);
    return nullptr;
}

bool CheckApply::reactsToRefresh(QStringView kind)
{
    return kind == u"noop" || kind == u"timer";
}

void CheckApply::refuse(const Resource &resource, const QString &file, const QString &message,
                        Diagnostics *diagnostics)
{
    Diagnostic d;
    d.file = file;
    d.location = resource.location;
    d.resource = resource.key();
    d.message = resource.key() + u": "_qs + message;
    diagnostics->append(d);
}

} // namespace converge
