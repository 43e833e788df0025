#pragma once

// A window suite's session kept apart from the user's: its settings, its standard paths and
// its recovery files.

#include "document/recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace converge::testing {

/// QSettings in dir, the standard paths in test mode below dir (HOME points there, so two
/// copies of a suite running at once never share recovery files), and no recovery file left
/// behind by an earlier suite to be offered at start.
inline void isolateEditorSession(const QTemporaryDir &dir)
{
    qputenv("HOME", QFile::encodeName(dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QDir(RecoveryFile::directory()).removeRecursively();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_qs));
}

} // namespace converge::testing
