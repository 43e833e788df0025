#include "checkapply.h"

#include "execresource.h"
#include "fileresource.h"
#include "noopresource.h"
#include "resource.h"

#include <QCoreApplication>

namespace converge {

std::unique_ptr<CheckApply> CheckApply::create(const Resource &resource, const QString &file,
                                               Diagnostics *diagnostics)
{
    if (resource.kind == u"exec")
        return ExecResource::create(resource, file, diagnostics);
    if (resource.kind == u"file")
        return FileResource::create(resource, file, diagnostics);
    if (resource.kind == u"noop")
        return std::make_unique<NoopResource>();
    refuse(resource, file,
           QCoreApplication::translate("converge::CheckApply",
                                       "unsupported resource kind %1: only exec, file and noop "
                                       "can run")
               .arg(resource.kind),
           diagnostics);
    return nullptr;
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
