#pragma once

class QLineEdit;

//! Makes a line edit at least as wide as its placeholder text, so the hint is never cut off in a
//! language that says it at length.
void fitPlaceholder(QLineEdit* field);
