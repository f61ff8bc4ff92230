using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>Options of <see cref="EventKindClassifier"/>.</summary>
internal sealed record KindClassifierOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="ContextSamples"/>: 120 samples (two hours of minute data).</summary>
        public const int ContextSamples = 120;

        /// <summary>Default <see cref="MinContext"/>: 10 valid samples.</summary>
        public const int MinContext = 10;

        /// <summary>Default <see cref="Sigmas"/>: 3 robust sigmas.</summary>
        public const double Sigmas = 3;

        /// <summary>Default <see cref="SpreadRatio"/>: 2.</summary>
        public const double SpreadRatio = 2;
    }

    /// <summary>Samples looked at before the event's start and after its end. Default 120; at least 4.</summary>
    [Description("Samples of context taken before the event's start and after its end.")]
    public int ContextSamples { get; init; } = Defaults.ContextSamples;

    /// <summary>Valid samples needed on each side; with fewer the kind is <c>other</c>. Default 10; 3..contextSamples.</summary>
    [Description("Valid samples needed on each side of the event to classify it; with fewer it is 'other'.")]
    public int MinContext { get; init; } = Defaults.MinContext;

    /// <summary>k: a level, slope or excursion change counts when it exceeds k robust sigmas. Default 3; positive.</summary>
    [Description("A level shift, trend change or spike excursion counts when it exceeds this many robust sigmas.")]
    public double Sigmas { get; init; } = Defaults.Sigmas;

    /// <summary>A variance change when the spread after over the spread before is at least this, or at most its inverse. Default 2; more than 1.</summary>
    [Description("Variance change when spread after / spread before is at least this or at most its inverse (> 1).")]
    public double SpreadRatio { get; init; } = Defaults.SpreadRatio;

    /// <summary>Returns every problem, each naming the option.</summary>
    public IEnumerable<OptionError> Validate()
    {
        if (ContextSamples < 4)
        {
            yield return OptionError.For(nameof(ContextSamples), $"must be at least 4, got {ContextSamples}");
        }

        if (MinContext < 3 || MinContext > Math.Max(3, ContextSamples))
        {
            yield return OptionError.For(nameof(MinContext), $"must be from 3 to contextSamples ({ContextSamples}), got {MinContext}");
        }

        if (!(Sigmas > 0 && double.IsFinite(Sigmas)))
        {
            yield return OptionError.For(nameof(Sigmas), $"must be a positive number, got {Sigmas}");
        }

        if (!(SpreadRatio > 1 && double.IsFinite(SpreadRatio)))
        {
            yield return OptionError.For(nameof(SpreadRatio), $"must be more than 1, got {SpreadRatio}");
        }
    }
}
