package io.parksuite.enterprise.service;

import io.parksuite.enterprise.domain.Enterprise;
import io.parksuite.platform.problem.Problem;
import io.parksuite.platform.problem.ProblemException;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The checks shared by the registry's entries about an enterprise (platforms, ledgers): the
 * enterprise must be registered and the entry not yet recorded. A single entry refused only for
 * being a duplicate answers 409; anything else is 422.
 */
final class EntryChecks {

    private EntryChecks() {
    }

    static List<Problem.FieldError> ofEnterpriseEntry(String uscc, BooleanSupplier alreadyRecorded, String field,
                                                      String duplicateMessage) {
        if (!Enterprise.isRegistered(uscc)) {
            return List.of(new Problem.FieldError("uscc", "no enterprise with this USCC is registered"));
        }
        return alreadyRecorded.getAsBoolean() ? List.of(new Problem.FieldError(field, duplicateMessage)) : List.of();
    }

    static void requireNone(List<Problem.FieldError> problems, String duplicateField) {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1 && problems.get(0).field().equals(duplicateField)) {
            throw ProblemException.conflict(problems.get(0).message());
        }
        throw ProblemException.invalidFields(problems);
    }
}
