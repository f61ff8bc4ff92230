namespace GeoAnomaly.Host.Catalogs;

/// <summary>What reading a catalog file gave: the events and the rows skipped as malformed.</summary>
/// <param name="Catalog">The events read, in origin-time order.</param>
/// <param name="Format">The format the file was read as.</param>
/// <param name="SkippedCount">Rows (or QuakeML events) skipped as malformed; 0 unless skipping was asked for.</param>
/// <param name="Skipped">The first <see cref="BadRows.MaxDetails"/> skipped rows, each as "file:line: reason".</param>
internal sealed record CatalogReadResult(EarthquakeCatalog Catalog, CatalogFormat Format, int SkippedCount, IReadOnlyList<string> Skipped);
