namespace GeoAnomaly.Host.Catalogs.Features;

/// <summary>A block of feature columns computed together for a cell at an issue time.</summary>
internal interface IFeatureBlock
{
    /// <summary>Column names (with their unit in the name, e.g. <c>T_days</c>), in the order of <see cref="Compute"/>.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>The values of one row. Must only use information strictly before <paramref name="issue"/>.</summary>
    /// <param name="cell">The cell's id.</param>
    /// <param name="cellEvents">The cell's catalog events strictly before the issue time, in time order.</param>
    /// <param name="issue">The issue time t.</param>
    double[] Compute(string cell, IReadOnlyList<Earthquake> cellEvents, DateTimeOffset issue);
}
