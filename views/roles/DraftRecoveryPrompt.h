#pragma once

#include "roles/DraftStore.h"

#include <QCoreApplication>

class QWidget;

//! The question asked about an unsaved draft found on disk from an earlier session.
class DraftRecoveryPrompt {
    Q_DECLARE_TR_FUNCTIONS(DraftRecoveryPrompt)
public:
    enum class Answer { Restore, Discard, Later };
    static Answer ask(const StoredDraft& stored, QWidget* parent);
};
