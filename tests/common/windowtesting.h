#pragma once

// Helpers for suites that drive a real MainWindow: its settings kept apart from the user's,
// and a file opened until its picture is on screen.

#include "document/document.h"
#include "window/mainwindow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace converge::testing {

/// Points QSettings at dir, so a test never reads or writes the user's settings.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_qs));
}

/// Opens path and waits until its picture is on screen.
inline bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy ready(window.document(), &Document::layoutReady);
    window.openFile(path);
    return ready.wait(20000);
}

} // namespace converge::testing
