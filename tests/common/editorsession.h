#pragma once

// A window suite's session kept apart from the user's: its settings, its standard paths and
// its recovery files.

#include "document/recoveryfile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace converge::testing {

/// QSettings in dir, the standard paths in test mode, and no recovery file left behind by an
/// earlier suite to be offered at start.
inline void isolateEditorSession(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(RecoveryFile::directory()).removeRecursively();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_qs));
}

} // namespace converge::testing
