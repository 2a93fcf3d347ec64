#include "common/Completion.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

void attachCompleter(QLineEdit* field) {
    auto* completer = new QCompleter(new QStringListModel(field), field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    field->setCompleter(completer);
}

void setCompletions(QLineEdit* field, const QStringList& entries) {
    static_cast<QStringListModel*>(field->completer()->model())->setStringList(entries);
}
