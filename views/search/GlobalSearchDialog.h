#pragma once

#include "search/SearchIndexModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

//! Ctrl+K: type part of a role, permission, trustee, trustor or person's name; results appear
//! as you type, each labelled with its kind; Enter (or a click) jumps there.
class GlobalSearchDialog : public QDialog {
    Q_OBJECT
public:
    GlobalSearchDialog(SearchIndexModel* index, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListView* results() const { return m_results; }
    //! "Nothing matches …" when the text finds nothing; hidden otherwise.
    QLabel* emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void chosen(SearchIndexModel::Kind kind, const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(const QModelIndex& index);

    SearchFilterProxy* m_proxy;
    QLineEdit* m_search;
    QListView* m_results;
    QLabel* m_empty;
};
