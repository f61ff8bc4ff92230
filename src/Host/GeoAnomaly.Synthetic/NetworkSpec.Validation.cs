using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <content>Validation: every problem at once, each naming the option as it is written in configuration.</content>
internal sealed partial record NetworkSpec
{
    /// <summary>The longest series the generator accepts, in samples per channel.</summary>
    public const int MaxSamples = 20_000_000;

    /// <summary>Every problem with the spec (empty when valid); each names its option, e.g. <c>stationCount: must be 1..5000, got 0</c>.</summary>
    public IReadOnlyList<OptionError> Validate()
    {
        var errors = new List<OptionError>();
        void Fail(string property, string message) => errors.Add(OptionError.For(property, message));

        if (string.IsNullOrEmpty(Network) || Network.Length > 8 || !Network.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            Fail(nameof(Network), $"must be 1..8 letters, digits, '-' or '_', got '{Network}'");
        }

        if (StationCount is < 1 or > Defaults.MaxStations)
        {
            Fail(nameof(StationCount), $"must be 1..{Defaults.MaxStations}, got {StationCount}");
        }

        bool stepOk = Step >= TimeSpan.FromSeconds(1) && Step <= TimeSpan.FromHours(1) && Step.Ticks % TimeSpan.TicksPerSecond == 0;
        if (!stepOk)
        {
            Fail(nameof(Step), $"must be 1 s..1 h and a whole number of seconds, got {Step}");
        }

        if (Duration <= TimeSpan.Zero)
        {
            Fail(nameof(Duration), $"must be positive, got {Duration}");
        }
        else if (stepOk)
        {
            long samples = Duration.Ticks / Step.Ticks;
            if (Duration.Ticks % Step.Ticks != 0)
            {
                Fail(nameof(Duration), $"must be a whole number of steps ({Step}), got {Duration}");
            }
            else if (samples < 2 || samples > MaxSamples)
            {
                Fail(nameof(Duration), $"must hold 2..{MaxSamples} samples at step {Step}, got {samples}");
            }
        }

        if (Start.Year is < 1900 or > 2200)
        {
            Fail(nameof(Start), $"must be within 1900..2200, got {Start:O}");
        }

        errors.AddRange(Region?.Validate(OptionError.ConfigName(nameof(Region))) ?? [OptionError.For(nameof(Region), "must be given")]);

        if (ChannelTypes is null || ChannelTypes.Count == 0)
        {
            Fail(nameof(ChannelTypes), "must name at least one channel type");
        }
        else
        {
            foreach (var type in ChannelTypes)
            {
                if (!Enum.IsDefined(type))
                {
                    Fail(nameof(ChannelTypes), $"unknown channel type {(int)type}");
                }
            }

            if (ChannelTypes.Distinct().Count() != ChannelTypes.Count)
            {
                Fail(nameof(ChannelTypes), "must not name a channel type twice");
            }
        }

        Range(nameof(FamilyProbability), FamilyProbability, 0, 1);
        Range(nameof(GapFraction), GapFraction, 0, 0.5);
        Range(nameof(OutageShare), OutageShare, 0, 1);
        Range(nameof(GapLengthSpread), GapLengthSpread, 0, 3);
        Range(nameof(StepRate), StepRate, 0, 10);
        Range(nameof(StormRate), StormRate, 0, 2);
        Range(nameof(DriftScale), DriftScale, 0, 100);
        Range(nameof(LaggedResponseProbability), LaggedResponseProbability, 0, 1);

        if (GapMedianLength <= TimeSpan.Zero)
        {
            Fail(nameof(GapMedianLength), $"must be positive, got {GapMedianLength}");
        }

        if (GapMaxLength < GapMedianLength)
        {
            Fail(nameof(GapMaxLength), $"must be at least gapMedianLength ({GapMedianLength}), got {GapMaxLength}");
        }

        if (AnomalyMargin < TimeSpan.Zero || AnomalyMargin > TimeSpan.FromDays(2))
        {
            Fail(nameof(AnomalyMargin), $"must be 0..2 days, got {AnomalyMargin}");
        }

        errors.AddRange(AnomalyRates?.Validate(OptionError.ConfigName(nameof(AnomalyRates))) ?? [OptionError.For(nameof(AnomalyRates), "must be given")]);
        errors.AddRange(Noise?.Validate(OptionError.ConfigName(nameof(Noise))) ?? [OptionError.For(nameof(Noise), "must be given")]);
        ValidatePrecursors(Fail);
        return errors;

        void Range(string property, double value, double low, double high)
        {
            if (!double.IsFinite(value) || value < low || value > high)
            {
                Fail(property, $"must be {low}..{high}, got {value}");
            }
        }
    }

    private void ValidatePrecursors(Action<string, string> fail)
    {
        if (Precursors is null)
        {
            fail(nameof(Precursors), "must be given (empty for none)");
            return;
        }

        for (int i = 0; i < Precursors.Count; i++)
        {
            var p = Precursors[i];
            if (p is null)
            {
                fail(nameof(Precursors), $"precursor {i} is missing");
                continue;
            }

            string where = $"precursor {i} ({p.Channel}, event {p.EventId})";
            if (p.End <= p.Start)
            {
                fail(nameof(Precursors), $"{where}: end {p.End:O} must be after start {p.Start:O}");
            }

            if (p.Kind is not (AnomalyKind.Spike or AnomalyKind.LevelShift or AnomalyKind.TrendChange or AnomalyKind.VarianceChange))
            {
                fail(nameof(Precursors), $"{where}: kind must be spike, levelShift, trendChange or varianceChange, got {p.Kind}");
            }

            double least = p.Kind == AnomalyKind.VarianceChange ? 1 : 0;
            if (!double.IsFinite(p.Size) || p.Size <= least || p.Size > 100)
            {
                fail(nameof(Precursors), $"{where}: size must be above {least} and at most 100, got {p.Size}");
            }
        }
    }

    /// <summary>Throws <see cref="OptionsException"/> with every problem when the spec is invalid.</summary>
    /// <exception cref="OptionsException">The spec has at least one problem.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new OptionsException("synthetic network", errors);
        }
    }
}
