#include "MainWindow.h"

#include <QLabel>
#include <QListView>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QAbstractItemModel* roles, QWidget* parent)
    : QMainWindow(parent)
    , m_list(new QListView)
    , m_heading(new QLabel)
    , m_status(new QLabel) {
    setWindowTitle(tr("RoleDesk"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    m_heading->setText(tr("Roles"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_list->setModel(roles);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Roles"));
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    resize(900, 640);
}

void MainWindow::setOrganization(const QString& name, const QString& environment) {
    setWindowTitle(tr("%1 — %2 — RoleDesk").arg(name, environment));
    m_heading->setText(tr("Roles of %1").arg(name));
}

void MainWindow::showLoading() {
    m_status->setText(tr("Loading roles…"));
}

void MainWindow::showLoaded(int roleCount) {
    m_status->setText(tr("%n role(s)", nullptr, roleCount));
}

void MainWindow::showError(const QString& message) {
    m_status->setText(tr("Could not load roles: %1").arg(message));
}
