#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QLabel;
class QListView;

//! The main window. For now: the organization's roles as a list, and a status line.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QAbstractItemModel* roles, QWidget* parent = nullptr);

    void setOrganization(const QString& name, const QString& environment);
    void showLoading();
    void showLoaded(int roleCount);
    void showError(const QString& message);

    QListView* roleList() const { return m_list; }

private:
    QListView* m_list;
    QLabel* m_heading;
    QLabel* m_status;
};
