#include "model/statepalette.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace converge;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
constexpr Matrix FullVision{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Matrix Deuteranopia{{{0.367322, 0.860646, -0.227968},
                               {0.280085, 0.672501, 0.047413},
                               {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix Protanopia{{{0.152286, 1.052583, -0.204868},
                             {0.114503, 0.786281, 0.099216},
                             {-0.003882, -0.048116, 1.051998}}};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// CIE L*a*b* of colour as someone with vision sees it.
std::array<double, 3> seenLab(const QColor &colour, const Matrix &vision)
{
    const std::array<double, 3> in{linear(colour.redF()), linear(colour.greenF()),
                                   linear(colour.blueF())};
    std::array<double, 3> rgb{};
    for (int r = 0; r < 3; ++r)
        rgb[r] = std::clamp(vision[r][0] * in[0] + vision[r][1] * in[1] + vision[r][2] * in[2], 0.0,
                            1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor &a, const QColor &b, const Matrix &vision)
{
    const auto la = seenLab(a, vision);
    const auto lb = seenLab(b, vision);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

constexpr ResourceState AllStates[] = {ResourceState::Pending, ResourceState::Running,
                                       ResourceState::Done,    ResourceState::Failed,
                                       ResourceState::Skipped, ResourceState::Cancelled};

} // namespace

/// Run states can be told apart by everyone: by glyph alone, and by colour with the common
/// forms of colour blindness.
class TestStatePalette : public QObject
{
    Q_OBJECT

private slots:
    void everyStateHasItsOwnGlyph()
    {
        QSet<QString> glyphs;
        for (ResourceState s : AllStates) {
            QVERIFY(!StatePalette::style(s).glyph.isEmpty());
            glyphs.insert(StatePalette::style(s).glyph);
        }
        QCOMPARE(glyphs.size(), int(std::size(AllStates)));
    }

    void fillsStayApartUnderColourBlindness_data()
    {
        QTest::addColumn<int>("vision");
        QTest::newRow("full colour vision") << 0;
        QTest::newRow("deuteranopia") << 1;
        QTest::newRow("protanopia") << 2;
    }

    void fillsStayApartUnderColourBlindness()
    {
        QFETCH(int, vision);
        const Matrix &m = vision == 0 ? FullVision : vision == 1 ? Deuteranopia : Protanopia;
        // ΔE*ab 15 is far beyond "just noticeable" (about 2.3): two boxes side by side read as
        // different colours at a glance. Okabe-Ito's own closest pair sits near 18.
        constexpr double Apart = 15;
        for (ResourceState a : AllStates) {
            for (ResourceState b : AllStates) {
                if (a >= b)
                    continue;
                const double d =
                    distance(StatePalette::style(a).fill, StatePalette::style(b).fill, m);
                QVERIFY2(d >= Apart, qPrintable(u"%1 and %2 are only %3 apart"_qs.arg(
                                         stateName(a), stateName(b), QString::number(d, 'f', 1))));
            }
        }
    }

    /// A failure is what people look for in a finished run: it must not be one of two
    /// oranges (failed and skipped were, under deuteranopia only 18 apart).
    void failedStandsOutUnderColourBlindness_data() { fillsStayApartUnderColourBlindness_data(); }

    void failedStandsOutUnderColourBlindness()
    {
        QFETCH(int, vision);
        const Matrix &m = vision == 0 ? FullVision : vision == 1 ? Deuteranopia : Protanopia;
        const QColor failed = StatePalette::style(ResourceState::Failed).fill;
        for (ResourceState other : AllStates) {
            if (other == ResourceState::Failed)
                continue;
            const double d = distance(failed, StatePalette::style(other).fill, m);
            QVERIFY2(d >= 30, qPrintable(u"failed and %1 are only %2 apart"_qs.arg(
                                  stateName(other), QString::number(d, 'f', 1))));
        }
    }

    void labelsReadOnTheirFill()
    {
        for (ResourceState s : AllStates) {
            const StatePalette::Style &style = StatePalette::style(s);
            const double l1 = luminance(style.fill);
            const double l2 = luminance(style.text);
            const double contrast = (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
            QVERIFY2(contrast >= 4.5, qPrintable(stateName(s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestStatePalette)
#include "tst_statepalette.moc"
