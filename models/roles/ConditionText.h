#pragma once

#include "wire/RoleTypes.h"

//! A policy's condition tree as one line of text an admin can read and edit, and back:
//!
//!     Queue.id IN (queue:7e2b…a001 "Billing", queue:7e2b…a002 "Support")
//!     (User.id EQ $currentUser) OR (Team.id EQ team:42)
//!     Division.id EQ "abc"
//!
//! A leaf is `variable OPERATOR operand` (EQ, GE, GT, LE, LT take one operand, IN a list in
//! parentheses). An operand is a "quoted" SCALAR, a $VARIABLE, or user:, queue: or team: with an
//! id and optionally the "name" that goes with it. Terms are joined by AND or OR; mixing the two
//! needs parentheses.
namespace ConditionText {

QString format(const DomainResourceConditionNode& node);

struct ParseResult {
    std::optional<DomainResourceConditionNode> node;
    QString error;     //!< what is wrong, for the admin
    int position = -1; //!< where in the text, or -1
};
ParseResult parse(const QString& text);

//! The first rule a condition tree breaks (as the Platform API checks it), or an empty string.
QString validate(const DomainResourceConditionNode& node);

} // namespace ConditionText
