#pragma once

#include <QByteArray>
#include <QString>

//! What a request does, as the end of "You need <permission> to …": "edit a role", "remove a
//! trustee organization". Empty for a path that is none of the known operations.
QString operationAction(const QByteArray& method, const QString& path);
