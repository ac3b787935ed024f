package dev.profilekit.model.check;

/**
 * How much of what a check looks at is done.
 *
 * @param requiredAnswered required requirements with at least one existing claim answering them
 * @param requiredTotal required requirements of the checked targets
 * @param preferredAnswered preferred requirements answered
 * @param preferredTotal preferred requirements of the checked targets
 * @param claimsWithEvidence claims with at least one existing piece of evidence, or evidence read
 *     from their own words
 * @param claimsWithOnlyWeakEvidence of those, claims whose evidence is all weak
 * @param claimsTotal all claims, empty ones included
 * @param emptyClaims claims that say nothing once placeholders are taken out ("TBD", an empty
 *     bullet): they answer no requirement and are left out of the evidence part
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
    int emptyClaims,
    int placeholders,
    int contradictions) {}
