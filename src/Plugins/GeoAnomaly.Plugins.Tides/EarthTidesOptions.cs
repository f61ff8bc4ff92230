using System.ComponentModel;
using System.Globalization;
using GeoAnomaly.Plugins.Tides.Fitting;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>Options of the causal <c>earth-tides</c> preprocessor: which constituents, over which trailing span, refitted
/// how often, and how the fitted constants are reported.</summary>
/// <remarks>Durations are in samples of the channel's step; the defaults suit minute data (30 days, refitted daily at
/// midnight UTC). For 2-minute data halve <see cref="Span"/> and <see cref="RefitInterval"/> to keep the same times.</remarks>
public sealed record EarthTidesOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Span"/>: 43,200 samples (30 days of minute data).</summary>
        public const int Span = 43_200;

        /// <summary>Default <see cref="RefitInterval"/>: 1,440 samples (daily, at midnight UTC, for minute data).</summary>
        public const int RefitInterval = 1440;

        /// <summary>Default <see cref="MinCoverage"/>: 0.5, a fit needs half the span valid.</summary>
        public const double MinCoverage = 0.5;

        /// <summary>Default <see cref="Constituents"/>: the eight principal constituents; Mf and Mm are off.</summary>
        public const string Constituents = TideModelSettings.DefaultConstituents;

        /// <summary>Default <see cref="TrendDegree"/>: 1, a constant and a linear trend.</summary>
        public const int TrendDegree = 1;

        /// <summary>Default <see cref="Rayleigh"/>: 1.0, the classical criterion |f₁ − f₂|·T ≥ 1.</summary>
        public const double Rayleigh = 1.0;

        /// <summary>Default <see cref="Unresolved"/>: infer.</summary>
        public const UnresolvedConstituents Unresolved = UnresolvedConstituents.Infer;

        /// <summary>Default <see cref="Phases"/>: Greenwich phase lags.</summary>
        public const TidePhaseConvention Phases = TidePhaseConvention.Greenwich;

        /// <summary>Largest <see cref="Span"/> / <see cref="RefitInterval"/> accepted: 1,000 blocks (bounds the cost of a refit).</summary>
        public const int MaxBlocksPerSpan = 1000;
    }

    /// <summary>Samples in the trailing span each fit uses (the refit instant excluded). A whole multiple of
    /// <see cref="RefitInterval"/>, at most 1,000 of them. Default 43,200 (30 days of minute data); 2 to 10,000,000.</summary>
    [Description("Samples in the trailing span each fit uses; a whole multiple of refitInterval, at most 1000 of them (43200 = 30 days of minute data).")]
    public int Span { get; init; } = Defaults.Span;

    /// <summary>Refit when a sample's time index (whole steps since 1970-01-01T00:00Z) is a multiple of this; the fit
    /// holds until the next refit. Default 1,440 (midnight UTC for minute data); 1 to 1,000,000.</summary>
    [Description("Refit when a sample's time index (whole steps since 1970-01-01T00:00Z) is a multiple of this (1440 at one minute = midnight UTC); 1 to 1000000.")]
    public int RefitInterval { get; init; } = Defaults.RefitInterval;

    /// <summary>Fraction of the span's samples that must be valid (not NaN) for a fit; with less, outputs are NaN until
    /// the next refit. Default 0.5; in (0, 1].</summary>
    [Description("Fraction of the span's samples that must be valid for a fit; with less, outputs are NaN until the next refit; in (0, 1].")]
    public double MinCoverage { get; init; } = Defaults.MinCoverage;

    /// <summary>Constituents to fit, comma-separated, from M2, S2, N2, K2, K1, O1, P1, Q1, Mf, Mm. Default
    /// <c>M2,S2,N2,K2,K1,O1,P1,Q1</c>.</summary>
    [Description("Comma-separated constituents to fit, from M2, S2, N2, K2, K1, O1, P1, Q1 and the long-period Mf, Mm; outputs <NAME>_amplitude and <NAME>_phase follow in this order.")]
    public string Constituents { get; init; } = Defaults.Constituents;

    /// <summary>Degree of the polynomial fitted with the tide (0 = constant, 1 = linear trend...); it is not removed
    /// from <c>value</c>. Default 1; 0 to 3.</summary>
    [Description("Degree of the polynomial (0 constant, 1 linear trend, up to 3) fitted alongside the tide so drift does not leak into it; not removed from value.")]
    public int TrendDegree { get; init; } = Defaults.TrendDegree;

    /// <summary>Rayleigh factor R: two frequencies are fitted separately only when |f₁ − f₂|·T ≥ R, T the extent of the
    /// valid data. Default 1.0; 0.1 to 10.</summary>
    [Description("Rayleigh factor R: constituents are fitted separately only when |f1 - f2| x (extent of valid data) >= R; 0.1 to 10.")]
    public double Rayleigh { get; init; } = Defaults.Rayleigh;

    /// <summary>What happens to constituents the data cannot resolve: <c>infer</c> or <c>drop</c>. Default <c>infer</c>.</summary>
    [Description("Unresolved constituents: 'infer' (tie to the nearest fitted one of the species with the equilibrium ratio and equal Greenwich lag) or 'drop' (leave out; outputs NaN).")]
    public UnresolvedConstituents Unresolved { get; init; } = Defaults.Unresolved;

    /// <summary>Meaning of the amplitude and phase outputs: <c>greenwich</c> or <c>epoch</c>. Default <c>greenwich</c>.</summary>
    [Description("Amplitude/phase outputs: 'greenwich' (H and Greenwich phase lag g: f*H*cos(V + u - g)) or 'epoch' (A and phi: A*cos(omega*(t - J2000) - phi), t in hours).")]
    public TidePhaseConvention Phases { get; init; } = Defaults.Phases;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (Span is < 2 or > 10_000_000)
        {
            yield return OptionError.For(nameof(Span), $"must be 2 to 10000000, got {Span}");
        }

        if (RefitInterval is < 1 or > 1_000_000)
        {
            yield return OptionError.For(nameof(RefitInterval), $"must be 1 to 1000000, got {RefitInterval}");
        }
        else if (Span >= 2 && (Span % RefitInterval != 0 || Span / RefitInterval > Defaults.MaxBlocksPerSpan))
        {
            yield return OptionError.For(nameof(Span),
                $"must be a whole multiple of refitInterval ({RefitInterval}), at most {Defaults.MaxBlocksPerSpan} times it, got {Span}");
        }

        if (!(MinCoverage > 0 && MinCoverage <= 1))
        {
            yield return OptionError.For(nameof(MinCoverage), $"must be in (0, 1], got {MinCoverage.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var error in TideModelSettings.Validate(Constituents, TrendDegree, Rayleigh, Unresolved, Phases))
        {
            yield return error;
        }
    }

    /// <summary>The model part of these options.</summary>
    internal TideModelSettings Model() => TideModelSettings.From(Constituents, TrendDegree, Rayleigh, Unresolved, Phases);
}
