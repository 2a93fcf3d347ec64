#pragma once

#include <QStringList>

class QLineEdit;

//! Completion the way RoleDesk's fields complete: a list that offers every entry containing
//! what is typed, case-insensitively (a permission, a person's name or email).
void attachCompleter(QLineEdit* field);
//! The entries the field's completer offers (see attachCompleter()).
void setCompletions(QLineEdit* field, const QStringList& entries);
