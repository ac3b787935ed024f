package dev.profilekit.model.check;

/**
 * How much of what a check looks at is done.
 *
 * @param requiredAnswered required requirements with at least one existing claim answering them
 * @param requiredTotal required requirements of the checked targets
 * @param preferredAnswered preferred requirements answered
 * @param preferredTotal preferred requirements of the checked targets
 * @param claimsWithEvidence claims with at least one existing piece of evidence
 * @param claimsWithOnlyWeakEvidence of those, claims whose evidence is all weak
 * @param claimsTotal all claims
 * @param placeholders placeholders found in prose
 * @param contradictions claims contradicted by the profile's dated facts
 */
public record Coverage(
    int requiredAnswered,
    int requiredTotal,
    int preferredAnswered,
    int preferredTotal,
    int claimsWithEvidence,
    int claimsWithOnlyWeakEvidence,
    int claimsTotal,
    int placeholders,
    int contradictions) {}
