using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>Removes the solar daily (Sq) variation from a geomagnetic channel: by harmonics of the solar day, a
/// quiet-day reference curve, or the difference against a reference station.</summary>
/// <remarks>
/// <para><b>Background.</b> The solar-quiet (Sq) variation comes from dayside ionospheric currents: tens of nT in
/// H, E and Z at mid latitudes, flat at night, following local solar time, with an amplitude that changes from day to
/// day and with season. Since Chapman and Bartels (1940, <i>Geomagnetism</i>) it is described by its first four
/// harmonics of the solar day (24, 12, 8, 6 h); the classical empirical alternative is the mean curve of the
/// internationally quietest days (IQD); and a near-by reference station removes every field the two stations share
/// (Sq, storms, pulsations), leaving local (crustal, instrumental, possibly precursory) signals
/// (e.g. Hattori 2004, "ULF geomagnetic changes associated with large earthquakes", TAO 15(3)).</para>
/// <para><b>Schedule.</b> Days are 24 h starting at <c>dayStartHour</c> (local mean midnight from the station
/// longitude by default, when Sq is quiet). At the start of day D a model is fitted on days D-span .. D-1 and removed
/// from every sample of day D; with <c>blend</c> (default) the model in force at fraction u of the day is
/// <c>(1-u)·M(D-1) + u·M(D)</c>, so amplitudes vary slowly and linearly and nothing jumps at day boundaries. Everything
/// is causal (trailing): streaming equals batch.</para>
/// <para><b>harmonics</b> (default). Weighted least squares on the valid samples of the span:
/// <c>y(t) = L(t) + Σₖ aₖ cos(kθ) + bₖ sin(kθ)</c>, θ = 2π·UT/24 h, k = 1..<c>harmonics</c>. The level L(t) is, by
/// <c>level</c>: <c>daily</c>, a constant per day (each day's regressors taken about its own means, so day-to-day
/// baseline changes such as storm recovery or drift stay out of the harmonics), <c>trend</c>, one line over the span
/// (over whole days a drift s left unmodelled would leak -2s/ω into each sine term), or <c>mean</c>, one constant.
/// With <c>robust</c>, days whose residual mean square exceeds 4 times the span's median are down-weighted by
/// (4·median / their own)² and the fit repeated (<see cref="HarmonicFitter"/>). Removed: <c>level</c> (the last day's
/// own level, the line at the start of D, or the mean) plus <c>daily</c> = Σₖ. Outputs <c>S{k}_amplitude</c> =
/// √(aₖ² + bₖ²) and <c>S{k}_phase</c> = atan2(bₖ, aₖ) in degrees (harmonic k is <c>A cos(k·15°·UT_hours - φ)</c>), of
/// the fit made at the start of the day. The sums are kept per day (<see cref="HarmonicDay"/>), so a fit costs
/// O(span·p²) and nothing is refitted sample by sample.</para>
/// <para><b>quietDay</b>. Each day of the span with at least <c>minCoverage</c> of its samples has a level (mean) and a
/// range (max - min); the <c>quietDays</c> days of smallest range are averaged slot by slot (time of day, one slot per
/// step) after removing each one's level, gaps are filled by circular linear interpolation and the curve is smoothed
/// by a circular running mean of ±<c>smoothing</c> samples. Removed: <c>level</c> = the quiet days' mean level plus
/// <c>daily</c> = the curve.</para>
/// <para><b>reference</b>. Companion 0 must be the same component at a reference station (the analyst names it in
/// the channel's config, e.g. <c>"companions": ["REF.H"]</c>); without it <c>Start</c> fails. The prediction is
/// <c>p = r</c> (<c>scaling: none</c>) or <c>p = a + b·r</c> fitted over the span (<c>regression</c>); the value is
/// <c>x - p</c> (<c>difference</c>) or <c>x / p</c> (<c>ratio</c>). Outputs <c>reference</c> = p, and with regression
/// <c>scale</c> = b and <c>offset</c> = a.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Needs training?</term><description>No: refits itself every day on the trailing span.</description></item>
/// <item><term>Streaming?</term><description>Yes, causal; streaming equals batch bitwise for any chunking.</description></item>
/// <item><term>Warm-up</term><description><c>(span + 3)</c> days of samples with blend, <c>(span + 2)</c> without
/// (10 days with the defaults); 0 for reference without scaling. Outputs start after about <c>span × minCoverage</c>
/// days.</description></item>
/// <item><term>Missing samples</term><description>Fits use valid samples only; <c>value</c> is NaN where the input
/// (or the reference) is NaN, or while no fit exists (too little data in the span); the fitted curve is still
/// given in gaps.</description></item>
/// <item><term>Constant series</term><description>Level = the constant, curve = 0, value = 0.</description></item>
/// <item><term>Cost</term><description>O(1) per sample; per day, harmonics O(samples per day × p + missing samples ×
/// p² + span × p²) (p = 2·harmonics + 1 or 2), quietDay and regression O(span × samples per day). Memory: span + 1
/// days of samples.</description></item>
/// <item><term>Step</term><description>Taken from the data; at most 1 hour and a divisor of a day, so every day has
/// the same slots (times of day).</description></item>
/// </list>
/// </remarks>
internal sealed class DailyVariationRemover : Preprocessor<DailyVariationOptions>
{
    /// <summary>Longest step accepted: the 6 h harmonic needs several samples per period.</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromHours(1);

    public override string Name => "daily-variation";

    public override string Summary =>
        "Removes the solar daily (Sq) variation of geomagnetic channels: harmonics of 24 h fitted daily over trailing days, a quiet-day reference curve, or the difference/ratio against a reference station (companion 0).";

    public override IComponentState Start(DailyVariationOptions options, ComponentStart start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        if (start.Step > MaxStep || TimeSpan.TicksPerDay % start.Step.Ticks != 0)
        {
            throw new ArgumentException(
                $"{Name}: channel {start.Channel.Id} has a step of {start.Step}; the daily variation needs a step of at most {MaxStep} that divides a day (1 s, 1 min, 5 min, 1 h...)", nameof(start));
        }

        if (options.Method == DailyVariationMethod.Reference && start.Companions.Count == 0)
        {
            throw new OptionsException(Name, [new OptionError(
                "companions",
                $"method reference needs companion 0, the same component at a reference station; name it in the config of channel {start.Channel.Id} (e.g. \"companions\": [\"REF.H\"])")]);
        }

        if (options.Method == DailyVariationMethod.Reference)
        {
            var reference = start.Companions[0];
            if (reference.Units.Length > 0 && start.Channel.Units.Length > 0 && reference.Units != start.Channel.Units)
            {
                start.Context.Log(
                    PluginLogLevel.Warning,
                    "{Component}: channel {Channel} is in {Units}, its reference {Reference} in {ReferenceUnits}; companion 0 should be the same component",
                    Name, start.Channel.Id, start.Channel.Units, reference.Id, reference.Units);
            }
        }

        var clock = new DayClock(start.Step, DayStartHour(options, start.Channel));
        return options.Method switch
        {
            DailyVariationMethod.QuietDay => new QuietDayState(options, clock),
            DailyVariationMethod.Reference when options.Scaling == ReferenceScaling.Regression => new RegressionReferenceState(options, clock),
            DailyVariationMethod.Reference => new DirectReferenceState(options.Combine),
            _ => new HarmonicState(options, clock),
        };
    }

    /// <summary>The UTC hour days start at: the option, else local mean midnight at the station's longitude (whole
    /// minutes), else 0.</summary>
    /// <param name="options">The options.</param>
    /// <param name="channel">The channel.</param>
    public static double DayStartHour(DailyVariationOptions options, ChannelInfo channel)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(channel);
        if (options.DayStartHour is { } hour)
        {
            return hour;
        }

        if (channel.Location is not { } location || !double.IsFinite(location.Longitude))
        {
            return 0;
        }

        double minutes = Math.Round(-location.Longitude * 4);
        return ((minutes % 1440) + 1440) % 1440 / 60;
    }
}
