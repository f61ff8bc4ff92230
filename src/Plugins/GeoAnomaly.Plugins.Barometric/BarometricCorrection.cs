using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Barometric;

/// <summary>Removes the barometric response from a well's water level with a distributed-lag barometric response function fitted on a co-located pressure channel.</summary>
/// <remarks>
/// <para><b>Background.</b> Air pressure loads both the aquifer and the open well. In a confined aquifer a pressure rise
/// Δp lowers the water level by BE·Δp (in head units), BE being the barometric efficiency (0..1). Many wells respond with
/// a delay (well-bore storage, skin, a leaky or semi-confined aquifer): the response to a pressure step starts at one
/// efficiency and drifts to another over hours, so a single coefficient fitted to levels and one fitted to minute
/// differences disagree several-fold, and neither removes the pressure signal. Rasmussen and Crawford (1997,
/// "Identification of confined, semiconfined and unconfined aquifers using barometric response functions", Ground
/// Water 35(3)) regress level changes on current and lagged pressure changes instead; the cumulative sum of the lag
/// coefficients is the barometric response function (BRF), whose shape identifies the aquifer type.</para>
/// <para><b>Method.</b> With h the level in height sense and p the pressure in level units (<c>pressureScale</c>):</para>
/// <code>
/// Δh(t) = Σ_{k=0..L} β(k)·Δp(t-k) + c + Σ_tides (a·cos ωt + b·sin ωt) + ε(t),   BE(k) = -Σ_{i≤k} β(i)
/// </code>
/// <para>β is taken constant over log-spaced lag bins (<see cref="LagBins"/>: single lags first, wider bins later, as
/// the log-spaced knots of jkennel/waterlevel's distributed lags), so the regressor of a bin is one pressure
/// difference across it, and a 12-hour response at minute sampling needs 24 regressors instead of 721. The intercept c
/// absorbs a linear trend of the level; optional harmonics at 1 and 2 cycles per solar day keep the earth tides that
/// share the air pressure's tidal frequencies out of β (<see cref="TidalHarmonics"/>). The fit
/// is ordinary least squares over the trailing <c>span</c>, on rows where the level at t and t-1 and the pressure at
/// every bin edge exist, solved by a pivoted Cholesky factorisation that drops collinear regressors
/// (<see cref="LeastSquaresSolver"/>). The removed response
/// is <c>Σ_k β(k)·(p(t-k) - p_ref)</c>: zero at the reference pressure <c>referencePressure</c>, or by default at
/// the fit window's mean pressure p̄ (then the corrected level follows p̄ slowly, by the long-lag efficiency times
/// its motion). Successive fits are blended linearly across each refit interval, so the correction has no steps
/// (<see cref="BarometricState"/>).</para>
/// <para><b>Companion 0 must be the air pressure</b> at the well (a barometer channel named in the config,
/// <c>"companions": ["baro"]</c>); without it <see cref="Start"/> throws. Units: if <c>pressureScale</c> is 0 the scale
/// comes from the channels' units (m and hPa give 0.0101972 m/hPa; dbar and dbar give 1); with unknown units it is 1
/// and a warning is logged, and the efficiencies are then in level units per pressure unit rather than dimensionless.
/// A non-vented transducer (<c>vented</c> false) reads water column plus air pressure: the scaled pressure is subtracted
/// first, and <c>value</c> is the water column.</para>
/// <para><b>Outputs.</b> <c>value</c> = level (water column if non-vented) minus <c>baro_effect</c>;
/// <c>baro_effect</c> = the removed response, level units; <c>be_lag0</c> = BE(0), the response within one sample;
/// <c>be_long</c> = BE(L), the response after <c>lags</c> samples. The last two hold the fit in force at each sample,
/// constant over a refit interval; NaN before the first fit or when pressure never changed in the window.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No separate training: fits itself on the trailing span as it goes.</description></item>
/// <item><term>Streaming?</term><description>Yes, causal: the fit applied to a refit interval uses only samples before it; streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description><c>span + refitInterval + lags + 1</c> samples for the full window; the first fit comes at the first refit boundary with at least <c>4 (lags + 1)</c> and 4 per regressor of rows in counted blocks (blocks start once <c>lags + 1</c> samples were seen); outputs are NaN before it.</description></item>
/// <item><term>Missing samples</term><description>Missing level: NaN value, no regression row. Missing pressure: NaN value and effect at that sample; rows need pressure at bin edges only; a closed pressure gap is interpolated (at most <c>lags</c> long) or back-filled for the lagged sum.</description></item>
/// <item><term>Constant series</term><description>Constant pressure identifies nothing: the coefficients are 0, the level passes through, efficiencies are NaN.</description></item>
/// <item><term>Cost</term><description>O(p²) per sample for p = bins + 1 (+ 4 with tides) regressors (25 with the defaults), plus O(p³ + span/refitInterval · p²) per refit.</description></item>
/// </list>
/// </remarks>
internal sealed class BarometricCorrection : Preprocessor<BarometricOptions>
{
    public override string Name => "barometric";

    public override string Summary =>
        "Barometric correction of well water level: distributed-lag barometric response function (Rasmussen & Crawford 1997) fitted on a trailing window against companion 0 (air pressure); reports lag-0 and long-lag efficiency.";

    public override IComponentState Start(BarometricOptions options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        if (start.Companions.Count < 1)
        {
            throw new OptionsException(Name, [new OptionError(
                "companions",
                $"channel {start.Channel.Id} has no companion channel; name the well's air-pressure channel first, e.g. \"companions\": [\"baro\"]")]);
        }

        return new BarometricState(options, Scale(options, start), start.Step);
    }

    private double Scale(BarometricOptions options, ComponentStart start)
    {
        if (options.PressureScale > 0)
        {
            return options.PressureScale;
        }

        var pressure = start.Companions[0];
        double? scale = PressureUnits.Scale(start.Channel.Units, pressure.Units);
        if (scale is { } known)
        {
            return known;
        }

        start.Context.Log(
            PluginLogLevel.Warning,
            "{Component} on {Channel}: units {LevelUnits} and {PressureUnits} of {Pressure} give no conversion; pressure is taken in level units (scale 1), so efficiencies are level units per pressure unit. Set pressureScale to make them dimensionless.",
            Name, start.Channel.Id, start.Channel.Units, pressure.Units, pressure.Id);
        return 1;
    }
}
