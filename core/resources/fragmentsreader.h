#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace converge {

/// The content a file resource's `fragments` make, as mgmt's fragmentsCheckApply builds it:
/// each listed file in list order, and for a listed directory (ending in /) the files directly
/// inside it in name order (mgmt reads them with os.ReadDir, which sorts by name), skipping
/// subdirectories. A fragment that is a link SymlinkGuard forbids following is refused, so a
/// link planted in /tmp cannot copy a secret into the file. Stateless; any thread.
class FragmentsReader
{
    Q_DECLARE_TR_FUNCTIONS(FragmentsReader)
public:
    /// The concatenation, or nothing with *error naming the fragment and strerror.
    static std::optional<QByteArray> read(const QStringList &fragments, QString *error);
};

} // namespace converge
