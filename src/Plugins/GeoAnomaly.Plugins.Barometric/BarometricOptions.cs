using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Options of <see cref="BarometricCorrection"/>. Durations are in samples of the level channel.</summary>
/// <remarks>
/// The defaults suit minute data: a 12-hour response (720 lags) in 24 log-spaced terms, fitted on the trailing 14 days
/// and refitted daily. For the 2-minute record in <c>shared/data/series/well-transducer</c> the same times are
/// <c>lags</c> 360, <c>span</c> 10,080 and <c>refitInterval</c> 720.
/// </remarks>
public sealed record BarometricOptions : IComponentOptions
{
    /// <summary>Largest <see cref="Lags"/> accepted (the pressure ring and the warm-up grow with it).</summary>
    public const int MaxLags = 100_000;

    /// <summary>Largest <see cref="LagTerms"/> accepted (the fit costs the square of the regressor count per sample).</summary>
    public const int MaxLagTerms = 200;

    /// <summary>Most fit blocks a window may hold: <see cref="Span"/> / <see cref="RefitInterval"/> (bounds memory).</summary>
    public const int MaxBlocks = 1000;

    /// <summary>Rows a fit needs per response length (<c>lags + 1</c>) and per regressor (<see cref="MinimumRows"/>).</summary>
    public const int MinimumResponseLengths = 4;

    /// <summary>Largest <see cref="Span"/> accepted.</summary>
    public const int MaxSpan = 10_000_000;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Lags"/>: 720 samples, 12 hours of minute data.</summary>
        public const int Lags = 720;

        /// <summary>Default <see cref="LagTerms"/>: 24 terms.</summary>
        public const int LagTerms = 24;

        /// <summary>Default <see cref="Span"/>: 20,160 samples, 14 days of minute data.</summary>
        public const int Span = 20_160;

        /// <summary>Default <see cref="RefitInterval"/>: 1,440 samples, daily (at midnight UTC) for minute data.</summary>
        public const int RefitInterval = 1440;

        /// <summary>Default <see cref="EarthTides"/>: off.</summary>
        public const bool EarthTides = false;

        /// <summary>Default <see cref="Vented"/>: true (the level channel is a water level, not water plus air).</summary>
        public const bool Vented = true;

        /// <summary>Default <see cref="PressureScale"/>: 0, derive the scale from the channels' units.</summary>
        public const double PressureScale = 0;

        /// <summary>Default <see cref="PressureNoise"/>: 0, no correction.</summary>
        public const double PressureNoise = 0;

        /// <summary>Default <see cref="LevelSense"/>: <see cref="Barometric.LevelSense.Height"/>.</summary>
        public const LevelSense LevelSense = Barometric.LevelSense.Height;
    }

    /// <summary>Longest lag of the barometric response function, in samples: the level at t responds to pressure
    /// changes at t, t-1, ..., t-lags. 0 fits a single instantaneous efficiency (the lag-0 mode). Default 720; 0 to
    /// 100,000.</summary>
    [Description("Longest lag of the barometric response function in samples (0 = instantaneous efficiency only); 0 to 100,000.")]
    public int Lags { get; init; } = Defaults.Lags;

    /// <summary>Regressors the lags are grouped into: piecewise-constant response over log-spaced lag bins, one lag per
    /// bin at short lags. When it is at least <c>lags + 1</c> every lag gets its own coefficient (the regular-lag
    /// regression of Rasmussen and Crawford). Default 24; 1 to 200.</summary>
    [Description("Distributed-lag terms: the lags 0..lags are grouped into this many log-spaced bins (every lag its own term when >= lags + 1); 1 to 200.")]
    public int LagTerms { get; init; } = Defaults.LagTerms;

    /// <summary>Trailing window the response is fitted on, in samples; a whole number of <see cref="RefitInterval"/>s,
    /// at least four response lengths and four rows per regressor, <c>4 max(lags + 1, regressors)</c>, at most 1,000
    /// refit intervals. Default 20,160.</summary>
    [Description("Trailing fit window in samples: a multiple of refitInterval, at least 4 x max(lags + 1, regressors), at most 1,000 refit intervals.")]
    public int Span { get; init; } = Defaults.Span;

    /// <summary>Samples between refits, aligned to absolute time (refits where the index since 0001-01-01 is divisible
    /// by it: midnight UTC for minute data and 1,440). Default 1,440; 1 to <see cref="Span"/>.</summary>
    [Description("Samples between refits, aligned to absolute time (index since 0001-01-01 divisible by it); 1 to span.")]
    public int RefitInterval { get; init; } = Defaults.RefitInterval;

    /// <summary>Fits harmonics at 1 and 2 cycles per solar day alongside the pressure terms, so the earth tides that share
    /// the air pressure's tidal frequencies (S1, K1, P1; S2, K2) are not taken for a pressure response. The price is the
    /// information in the pressure's own daily tides, which is much of what fixes the response at lags of hours: on the
    /// shared well and on synthetic wells the response comes out worse with them, so they are off unless the level's
    /// solar earth tides are large beside its barometric response. Not removed from the output. Default false.</summary>
    [Description("Fit harmonics at 1 and 2 cycles/solar day (earth tides at the air-pressure tides' frequencies) with the pressure terms; costs the information of the pressure's daily tides. Default false.")]
    public bool EarthTides { get; init; } = Defaults.EarthTides;

    /// <summary>False when the level channel is an absolute (non-vented) transducer reading water column plus air
    /// pressure: the scaled pressure is subtracted first, and <c>value</c> is the water column with the barometric
    /// response removed. Default true.</summary>
    [Description("False for a non-vented transducer (reads water column + air pressure): pressure is subtracted first; default true.")]
    public bool Vented { get; init; } = Defaults.Vented;

    /// <summary>Level units per pressure unit (0.0101972 m per hPa of fresh water, 1 when both are dbar). 0 derives it
    /// from the channels' units (m, cm, mm, ft; Pa, hPa, mbar, kPa, dbar, bar, psi, mH2O...), or takes 1 with a warning
    /// when they are unknown. Default 0; at least 0.</summary>
    [Description("Level units per pressure unit (e.g. 0.0101972 m/hPa); 0 = from the channels' units (1 with a warning when unknown).")]
    public double PressureScale { get; init; } = Defaults.PressureScale;

    /// <summary>Standard deviation of the barometer's white noise, in pressure units (its specification, or its
    /// resolution / √12). When given, the fit is corrected for it (<see cref="ErrorsInVariables"/>); otherwise the lag-0
    /// efficiency comes out low by the noise's share of the minute-to-minute pressure variance. Default 0; at least 0.</summary>
    [Description("Std of the barometer's white noise in pressure units (spec or resolution/sqrt(12)); corrects the lag-0 efficiency for it. 0 = none.")]
    public double PressureNoise { get; init; } = Defaults.PressureNoise;

    /// <summary>Pressure, in pressure units, at which the removed response is zero, so <c>value</c> is the level at this
    /// pressure (the station's long-term mean, say). Null takes each fit's window mean: nothing to configure, but the
    /// window mean moves with the weather, and with it the corrected level, by the long-lag efficiency times that
    /// motion (millimetres over days), smoothly. Default null.</summary>
    [Description("Pressure (pressure units) the corrected level refers to, e.g. the station's mean; null = each fit window's mean (then the corrected level drifts slowly with that mean).")]
    public double? ReferencePressure { get; init; }

    /// <summary>Whether the level rises (<c>height</c>) or falls (<c>depth</c>) with the water; sets the sign of the
    /// efficiency. A non-vented transducer is always <c>height</c>. Default <c>height</c>.</summary>
    [Description("height (value rises with the water) or depth (depth to water); sets the efficiency's sign.")]
    public LevelSense LevelSense { get; init; } = Defaults.LevelSense;

    /// <summary>Rows a fit needs: four per regressor and four response lengths (long lags are only resolved by pressure
    /// changes slower than they are), whichever is more. A span must be able to hold them.</summary>
    internal long MinimumRows
    {
        get
        {
            long lags = (long)Math.Clamp(Lags, 0, MaxLags) + 1;
            long regressors = Math.Min(Math.Clamp(LagTerms, 1, MaxLagTerms), lags) + 1 + (EarthTides ? TidalHarmonics.RegressorCount : 0);
            return MinimumResponseLengths * Math.Max(lags, regressors);
        }
    }

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (Lags < 0 || Lags > MaxLags)
        {
            yield return OptionError.For(nameof(Lags), $"must be 0 to {MaxLags}, got {Lags}");
        }

        if (LagTerms < 1 || LagTerms > MaxLagTerms)
        {
            yield return OptionError.For(nameof(LagTerms), $"must be 1 to {MaxLagTerms}, got {LagTerms}");
        }

        if (RefitInterval < 1 || RefitInterval > MaxSpan)
        {
            yield return OptionError.For(nameof(RefitInterval), $"must be 1 to {MaxSpan}, got {RefitInterval}");
        }

        if (Span < 1 || Span > MaxSpan)
        {
            yield return OptionError.For(nameof(Span), $"must be 1 to {MaxSpan}, got {Span}");
        }
        else if (Span < MinimumRows)
        {
            yield return OptionError.For(nameof(Span), $"must hold the rows a fit needs, 4 x max(lags + 1, regressors) = {MinimumRows}, got {Span}");
        }
        else if (RefitInterval >= 1 && (Span % RefitInterval != 0 || Span / RefitInterval > MaxBlocks))
        {
            yield return OptionError.For(nameof(Span), $"must be 1 to {MaxBlocks} whole refit intervals ({RefitInterval} samples), got {Span}");
        }

        if (!(PressureScale >= 0) || double.IsInfinity(PressureScale))
        {
            yield return OptionError.For(nameof(PressureScale), $"must be 0 (from units) or a positive finite number, got {PressureScale}");
        }

        if (!(PressureNoise >= 0) || double.IsInfinity(PressureNoise))
        {
            yield return OptionError.For(nameof(PressureNoise), $"must be 0 or a positive finite number, got {PressureNoise}");
        }

        if (ReferencePressure is { } reference && !double.IsFinite(reference))
        {
            yield return OptionError.For(nameof(ReferencePressure), $"must be a finite number or null, got {reference}");
        }

        if (!Enum.IsDefined(LevelSense))
        {
            yield return OptionError.For(nameof(LevelSense), $"must be height or depth, got {(int)LevelSense}");
        }
        else if (!Vented && LevelSense == LevelSense.Depth)
        {
            yield return OptionError.For(nameof(LevelSense), "must be height when vented is false (a non-vented transducer reads pressure, which rises with the water)");
        }
    }
}
