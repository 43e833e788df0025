#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace converge {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Converge"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString version = QStringLiteral(CONVERGE_VERSION);
    text->setText(QStringLiteral("<h2>Converge %1</h2><p>%2</p><p>%3</p><p>%4</p><ul>"
                                 "<li>%5</li><li>%6</li><li>%7</li></ul>")
                      .arg(version.toHtmlEscaped(),
                           tr("Draw, lay out and run mgmt resource graphs in parallel."),
                           tr("Converge is free software under the MIT licence."),
                           tr("It is built on these libraries, each under its own licence:"),
                           tr("Qt %1: GNU LGPL version 3").arg(QString::fromLatin1(qVersion())),
                           tr("Graphviz: Eclipse Public License 1.0"),
                           tr("yaml-cpp: MIT licence")));

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    text->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

} // namespace converge
