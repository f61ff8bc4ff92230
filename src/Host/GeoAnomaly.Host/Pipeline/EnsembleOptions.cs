using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>How <see cref="EnsembleCombiner"/> combines the calibrated scores of several detectors.</summary>
internal enum EnsembleMethod
{
    /// <summary>The largest calibrated score: anomalous when any member is.</summary>
    Max,

    /// <summary>The mean calibrated score of the members that have one.</summary>
    Mean,

    /// <summary>The k-th largest calibrated score: at or above a threshold exactly when k members are.</summary>
    Vote,
}

/// <summary>Options of the ensemble: a host component named <c>ensemble</c> in the detectors configuration.</summary>
internal sealed record EnsembleOptions
{
    /// <summary>The component name that stands for the ensemble in a detectors list (reserved: no plugin may use it there).</summary>
    public const string ComponentName = "ensemble";

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Method"/>: max.</summary>
        public const EnsembleMethod Method = EnsembleMethod.Max;

        /// <summary>Default <see cref="Votes"/>: 2.</summary>
        public const int Votes = 2;

        /// <summary>Default <see cref="OutputName"/>: <c>ensemble</c>.</summary>
        public const string OutputName = ComponentName;
    }

    /// <summary>max, mean or vote. Default max.</summary>
    [Description("max (any member), mean (mean of members' calibrated scores) or vote (at least 'votes' members).")]
    public EnsembleMethod Method { get; init; } = Defaults.Method;

    /// <summary>For <c>vote</c>: members that must reach the threshold together (k of n). Default 2; 1..members.</summary>
    [Description("For vote: how many members must be at or above the threshold at the same sample (k of n).")]
    public int Votes { get; init; } = Defaults.Votes;

    /// <summary>The detectors combined, by name; empty for every other detector of the same list. Default empty.</summary>
    [Description("Names of the detectors combined; empty for every other detector in the same list.")]
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>The detector name the ensemble's events and scores carry. Default <c>ensemble</c>.</summary>
    [Description("Detector name of the ensemble's events and scores (default ensemble).")]
    public string OutputName { get; init; } = Defaults.OutputName;

    /// <summary>Returns every problem that can be seen without the list of members, each naming the option.</summary>
    public IEnumerable<OptionError> Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be max, mean or vote, got {Method}");
        }

        if (Votes < 1)
        {
            yield return OptionError.For(nameof(Votes), $"must be at least 1, got {Votes}");
        }

        if (string.IsNullOrWhiteSpace(OutputName) || OutputName.Any(char.IsControl))
        {
            yield return OptionError.For(nameof(OutputName), $"must be a non-empty name without control characters, got '{OutputName}'");
        }

        if (Members is null)
        {
            yield return OptionError.For(nameof(Members), "must be a list of detector names, got null");
        }
        else if (Members.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Members.Count)
        {
            yield return OptionError.For(nameof(Members), $"names a detector twice: {string.Join(", ", Members)}");
        }
    }
}
