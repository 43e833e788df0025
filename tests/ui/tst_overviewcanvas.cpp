#include "scene/overviewcanvas.h"

#include <QTest>

using namespace converge;

/// The far-out view's pixel drawing: lines and boxes land on exactly the pixels they cover,
/// clipped to the canvas, wherever the canvas sits on the screen.
class TestOverviewCanvas : public QObject
{
    Q_OBJECT

private:
    static constexpr QRgb Ink = 0xff2060a0;

    /// The pixels of canvas that were drawn, as screen points.
    static QList<QPoint> inked(const OverviewCanvas &canvas, QPoint origin)
    {
        QList<QPoint> points;
        const QImage &image = canvas.image();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) == Ink)
                    points.append(origin + QPoint(x, y));
                else if (qAlpha(image.pixel(x, y)) != 0)
                    qWarning("a pixel neither inked nor transparent at %d, %d", x, y);
            }
        }
        return points;
    }

private slots:
    void aLineCoversOnePixelPerStepFromEndToEnd()
    {
        OverviewCanvas canvas(QRect(0, 0, 20, 20));
        canvas.line(QPoint(2, 3), QPoint(12, 7), Ink);
        const QList<QPoint> points = inked(canvas, QPoint());
        QCOMPARE(points.size(), 11); // one per column: the longer axis
        QVERIFY(points.contains(QPoint(2, 3)));
        QVERIFY(points.contains(QPoint(12, 7)));
        for (const QPoint &p : points) {
            QVERIFY(p.x() >= 2 && p.x() <= 12 && p.y() >= 3 && p.y() <= 7);
            // Within half a pixel of the true line.
            QVERIFY(std::abs((p.y() - 3) * 10 - (p.x() - 2) * 4) <= 5);
        }
    }

    void aLineAcrossTheCanvasIsClippedToItsEdges()
    {
        OverviewCanvas canvas(QRect(100, 50, 10, 10));
        canvas.line(QPoint(-5000, 55), QPoint(9000, 55), Ink);
        canvas.line(QPoint(-5000, 0), QPoint(-4000, 900), Ink); // nowhere near
        const QList<QPoint> points = inked(canvas, QPoint(100, 50));
        QCOMPARE(points.size(), 10);
        for (int x = 100; x < 110; ++x)
            QVERIFY(points.contains(QPoint(x, 55)));
    }

    void aSteepLineEnteringFromACornerStaysOnIt()
    {
        OverviewCanvas canvas(QRect(0, 0, 8, 8));
        canvas.line(QPoint(-3, -30), QPoint(6, 60), Ink); // x = -3 + (y + 30) / 10, within a pixel
        const QList<QPoint> points = inked(canvas, QPoint());
        QCOMPARE(points.size(), 8); // every row once
        for (const QPoint &p : points)
            QVERIFY(std::abs(p.x() - (-3 + (p.y() + 30) / 10.0)) <= 1.0);
    }

    void aBoxIsFilledWhereItOverlapsTheCanvas()
    {
        OverviewCanvas canvas(QRect(10, 10, 10, 10));
        canvas.fill(QRect(5, 15, 8, 3), Ink);
        canvas.fill(QRect(30, 30, 5, 5), Ink);
        const QList<QPoint> points = inked(canvas, QPoint(10, 10));
        QCOMPARE(points.size(), 3 * 3);
        for (const QPoint &p : points)
            QVERIFY(QRect(10, 15, 3, 3).contains(p));
    }
};

QTEST_APPLESS_MAIN(TestOverviewCanvas)
#include "tst_overviewcanvas.moc"
