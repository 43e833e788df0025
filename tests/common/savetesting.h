#pragma once

// Saving from a test as the user does, and waiting for the file: saves are written off the GUI
// thread, so the file is there only once DocumentFile says the save is over.

#include "document/documentfile.h"

#include <QSignalSpy>

namespace converge::testing {

/// Waits (with the event loop running) for the save just started to end; true when it wrote
/// the file.
inline bool waitForSave(QSignalSpy &finished)
{
    return (!finished.isEmpty() || finished.wait(30000)) && finished.takeFirst().at(0).toBool();
}

/// file->saveTo(path), then waits for the save to end; true when the file was written.
inline bool saveAndWait(DocumentFile *file, const QString &path)
{
    QSignalSpy finished(file, &DocumentFile::saveFinished);
    return file->saveTo(path) && waitForSave(finished);
}

/// file->save() (File > Save), then waits for the save to end; true when the file was written.
inline bool saveAndWait(DocumentFile *file)
{
    QSignalSpy finished(file, &DocumentFile::saveFinished);
    return file->save() && waitForSave(finished);
}

} // namespace converge::testing
