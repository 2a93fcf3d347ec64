#pragma once

#include "access/AccessRights.h"

#include <QStringList>

class QAction;
class QAbstractButton;
class QWidget;

//! Enables an action or button only when it can work and the person may take it. When a
//! permission is missing, it is disabled and its tooltip names the permission; when it is
//! there again, the tooltip it had comes back.
namespace AccessGate {
void apply(QAction* action, bool enabled, const AccessRights& rights, const QStringList& anyOf);
void apply(QWidget* widget, bool enabled, const AccessRights& rights, const QStringList& anyOf);
} // namespace AccessGate
