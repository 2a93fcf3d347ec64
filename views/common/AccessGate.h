#pragma once

#include "access/AccessRights.h"

#include <QStringList>

class QAction;
class QAbstractButton;
class QWidget;

//! Enables an action or button only when it can work and the person may take it. When a
//! permission is missing, it is disabled and its tooltip names the permission; when it is
//! there again, the tooltip it had comes back.
//! `whyNot`, when not empty, disables it too, and says why in the tooltip ("Master Admin cannot
//! be deleted", "Select a role first").
namespace AccessGate {
void apply(QAction* action, bool enabled, const AccessRights& rights, const QStringList& anyOf,
           const QString& whyNot = {});
void apply(QWidget* widget, bool enabled, const AccessRights& rights, const QStringList& anyOf,
           const QString& whyNot = {});
} // namespace AccessGate
