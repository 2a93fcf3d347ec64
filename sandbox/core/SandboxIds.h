#pragma once

#include <QString>

namespace SandboxIds {
//! A UUID derived from a name: seeded entities keep their ids across runs and machines.
QString stable(const QString& name);
//! A fresh random UUID.
QString fresh();
//! A random URL-safe secret of 32 bytes.
QString secret();
} // namespace SandboxIds
