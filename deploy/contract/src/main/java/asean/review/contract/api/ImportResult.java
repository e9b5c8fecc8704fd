package asean.review.contract.api;

/**
 * What an import of a past year's contributions did: {@code imported} new versions, each accepted by the office that
 * imported it; {@code unchanged} contributions already held exactly as in the file (importing a file twice changes
 * nothing).
 */
public record ImportResult(int year, int imported, int unchanged) {
}
