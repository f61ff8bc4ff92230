namespace GeoAnomaly.Host.Catalogs;

/// <summary>Options of <see cref="Reasenberg"/>; defaults as in ZMAP's Reasenberg declustering (after Reasenberg 1985).</summary>
internal sealed record ReasenbergOptions
{
    /// <summary>Default <see cref="TauMinDays"/>: 1 day.</summary>
    public const double DefaultTauMinDays = 1.0;

    /// <summary>Default <see cref="TauMaxDays"/>: 10 days.</summary>
    public const double DefaultTauMaxDays = 10.0;

    /// <summary>Default <see cref="P"/>: 0.95.</summary>
    public const double DefaultP = 0.95;

    /// <summary>Default <see cref="Xk"/>: 0.5.</summary>
    public const double DefaultXk = 0.5;

    /// <summary>Default <see cref="XmEff"/>: 1.5.</summary>
    public const double DefaultXmEff = 1.5;

    /// <summary>Default <see cref="RFact"/>: 10.</summary>
    public const double DefaultRFact = 10.0;

    /// <summary>Default <see cref="ErrKm"/>: 1.5 km.</summary>
    public const double DefaultErrKm = 1.5;

    /// <summary>Default <see cref="DErrKm"/>: 2 km.</summary>
    public const double DefaultDErrKm = 2.0;

    /// <summary>taumin: look-ahead time, days, for an event in no cluster (or the largest of its cluster); default 1.</summary>
    public double TauMinDays { get; init; } = DefaultTauMinDays;

    /// <summary>taumax: longest look-ahead time, days, inside a cluster; default 10.</summary>
    public double TauMaxDays { get; init; } = DefaultTauMaxDays;

    /// <summary>p: probability of seeing the next event of the sequence within the look-ahead time; default 0.95.</summary>
    public double P { get; init; } = DefaultP;

    /// <summary>xk: during a cluster the effective cut-off magnitude rises by xk times its largest magnitude; default 0.5.</summary>
    public double Xk { get; init; } = DefaultXk;

    /// <summary>xmeff: effective lower cut-off magnitude of the catalog; default 1.5.</summary>
    public double XmEff { get; init; } = DefaultXmEff;

    /// <summary>rfact: interaction radius of a clustered event, in source radii; default 10.</summary>
    public double RFact { get; init; } = DefaultRFact;

    /// <summary>err: epicentral location error, km (1.5 err is subtracted from epicentral distances); default 1.5.</summary>
    public double ErrKm { get; init; } = DefaultErrKm;

    /// <summary>derr: depth error, km (subtracted from depth differences); default 2.</summary>
    public double DErrKm { get; init; } = DefaultDErrKm;

    /// <summary>All problems, each naming the option.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!(TauMinDays > 0))
        {
            problems.Add($"taumin: must be > 0 days, got {TauMinDays}");
        }

        if (!(TauMaxDays >= TauMinDays))
        {
            problems.Add($"taumax: must be ≥ taumin ({TauMinDays}), got {TauMaxDays}");
        }

        if (!(P > 0 && P < 1))
        {
            problems.Add($"p: must be in (0, 1), got {P}");
        }

        if (!(Xk >= 0 && Xk < 1))
        {
            problems.Add($"xk: must be in [0, 1), got {Xk}");
        }

        if (!double.IsFinite(XmEff))
        {
            problems.Add($"xmeff: must be a finite magnitude, got {XmEff}");
        }

        if (!(RFact > 0))
        {
            problems.Add($"rfact: must be > 0, got {RFact}");
        }

        if (!(ErrKm >= 0))
        {
            problems.Add($"err: must be ≥ 0 km, got {ErrKm}");
        }

        if (!(DErrKm >= 0))
        {
            problems.Add($"derr: must be ≥ 0 km, got {DErrKm}");
        }

        return problems;
    }
}
