#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace converge {

class SavedText;

/// The few replacements that turn one SavedText's text into another's when both were spliced
/// into the same source, found from where their edits fall rather than by comparing the texts:
/// outside every edit both texts are the source's. So a view showing the first text can be
/// brought up to date by changing a few lines instead of being given a new 10 MB text.
///
/// Positions are in UTF-16 code units of the first text, as QTextDocument and QString count.
/// A plain function of its arguments; any thread.
struct SavedTextDiff
{
    struct Change
    {
        qsizetype begin; ///< in the first text
        qsizetype end;
        QString text; ///< what [begin, end) becomes
    };

    /// The changes from from's text to to's, in ascending order; nothing when the two were not
    /// spliced into the same source or a text is not valid UTF-8 (then show to's text whole).
    static std::optional<std::vector<Change>> between(const SavedText &from, const SavedText &to);
    /// The one replacement of from's text that gives to's, found by comparing the texts from
    /// both ends (milliseconds for 10 MB): for texts of different sources, such as the text shown
    /// before a save and the one spliced into what the save wrote. No change when the texts are
    /// equal; nothing when the replacement would exceed limit bytes of either text, or a text is
    /// not valid UTF-8 (then show to's text whole).
    static std::optional<std::vector<Change>> byComparing(const QByteArray &from,
                                                          const QByteArray &to, qsizetype limit);
};

} // namespace converge
