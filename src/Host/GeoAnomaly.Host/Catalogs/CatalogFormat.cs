namespace GeoAnomaly.Host.Catalogs;

/// <summary>The catalog file formats GeoAnomaly reads.</summary>
internal enum CatalogFormat
{
    /// <summary>USGS ComCat CSV (<see cref="CatalogMapping.ComCat"/>).</summary>
    ComCat,

    /// <summary>QuakeML 1.2 BED (<see cref="QuakeMlReader"/>).</summary>
    QuakeMl,

    /// <summary>ZMAP ASCII (<see cref="CatalogMapping.Zmap"/>).</summary>
    Zmap,

    /// <summary>Delimited text read with a user's <see cref="CatalogMapping"/>.</summary>
    Mapped,
}
