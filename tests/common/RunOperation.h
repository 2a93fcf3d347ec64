#pragma once

#include "org/Operation.h"

#include <QTest>

//! Starts the operation and waits for its end; true when it succeeded, else *failure says why.
//! A kept operation (on the stack) is not deleted when it ends, so its result can be read.
inline bool runOperation(Operation* op, OperationFailure* failure = nullptr, bool keep = true,
                         int timeoutMs = 30000) {
    if (keep)
        op->setAutoDelete(false);
    bool ok = false, done = false;
    QObject::connect(op, &Operation::succeeded, [&] { ok = true; });
    QObject::connect(op, &Operation::failed, [&](const OperationFailure& f) {
        if (failure)
            *failure = f;
    });
    QObject::connect(op, &Operation::finished, [&] { done = true; });
    op->start();
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("the operation did not finish");
    return ok;
}
