namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// The indicators of one cell at one issue time t: a value per <see cref="Indicator"/>, NaN where it is undefined, and
/// then always with a reason (too few events, equal magnitudes, zero time span, …).
/// </summary>
internal sealed class IndicatorValues
{
    private static readonly int s_count = Enum.GetValues<Indicator>().Length;

    private readonly double[] _values;
    private readonly string?[] _reasons;

    /// <summary>Creates a row with every value NaN, reason "not computed".</summary>
    /// <param name="time">The issue time t.</param>
    internal IndicatorValues(DateTimeOffset time)
    {
        Time = time;
        _values = new double[s_count];
        _reasons = new string?[s_count];
        Array.Fill(_values, double.NaN);
        Array.Fill(_reasons, "not computed");
    }

    /// <summary>The issue time t: every value comes from events strictly before it.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The value of <paramref name="indicator"/>, NaN when undefined.</summary>
    /// <param name="indicator">The indicator.</param>
    public double this[Indicator indicator] => _values[(int)indicator];

    /// <summary>Panakkat &amp; Adeli's T, days.</summary>
    public double T => this[Indicator.T];

    /// <summary>Panakkat &amp; Adeli's mean magnitude.</summary>
    public double MeanMagnitude => this[Indicator.MeanMagnitude];

    /// <summary>Panakkat &amp; Adeli's dE^1/2, erg^1/2 per day.</summary>
    public double SqrtEnergyRate => this[Indicator.SqrtEnergyRate];

    /// <summary>Panakkat &amp; Adeli's least-squares b.</summary>
    public double B => this[Indicator.B];

    /// <summary>Panakkat &amp; Adeli's least-squares a.</summary>
    public double A => this[Indicator.A];

    /// <summary>Panakkat &amp; Adeli's η.</summary>
    public double Eta => this[Indicator.Eta];

    /// <summary>Panakkat &amp; Adeli's ΔM.</summary>
    public double DeltaM => this[Indicator.DeltaM];

    /// <summary>Panakkat &amp; Adeli's μ, days.</summary>
    public double Mu => this[Indicator.Mu];

    /// <summary>Panakkat &amp; Adeli's c.</summary>
    public double C => this[Indicator.C];

    /// <summary>Why <paramref name="indicator"/> is NaN, or null when it has a value.</summary>
    /// <param name="indicator">The indicator.</param>
    public string? Reason(Indicator indicator) => _reasons[(int)indicator];

    /// <summary>The values in column order (<see cref="SeismicityIndicators.Columns"/>).</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>The reasons in column order, null where a value exists.</summary>
    public string?[] Reasons() => (string?[])_reasons.Clone();

    /// <summary>Sets a value; a NaN or infinite value becomes NaN with <paramref name="reasonIfUndefined"/>.</summary>
    internal void Set(Indicator indicator, double value, string reasonIfUndefined)
    {
        bool defined = double.IsFinite(value);
        _values[(int)indicator] = defined ? value : double.NaN;
        _reasons[(int)indicator] = defined ? null : reasonIfUndefined;
    }

    /// <summary>Marks an indicator undefined.</summary>
    internal void Missing(Indicator indicator, string reason) => Set(indicator, double.NaN, reason);
}
