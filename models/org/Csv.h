#pragma once

#include <QString>
#include <QStringList>

//! CSV as spreadsheets read it (RFC 4180): what RoleDesk exports (audits, who can do what).
namespace Csv {

//! One cell: quoted when it holds a comma, a quote or a line break. A cell that a spreadsheet
//! would run as a formula (it starts with = + - @, a tab or a carriage return; the values come
//! from the server) is written as text, behind a '.
QString field(QString text);
//! A row of cells, ended by CRLF.
QString line(const QStringList& fields);

} // namespace Csv
