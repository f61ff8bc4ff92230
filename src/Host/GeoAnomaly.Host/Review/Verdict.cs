namespace GeoAnomaly.Host.Review;

/// <summary>An analyst's verdict on an anomaly event (the <c>verdict</c> tag of <c>ga_review</c>).</summary>
internal enum Verdict
{
    /// <summary><c>possible-precursor</c>: the event may precede an earthquake; kept as a positive label.</summary>
    PossiblePrecursor,

    /// <summary><c>interference</c>: caused by something other than the crust (needs a <see cref="InterferenceCause"/>).</summary>
    Interference,

    /// <summary><c>unknown</c>: reviewed, undecided.</summary>
    Unknown,
}

/// <summary>What caused an event reviewed as <see cref="Verdict.Interference"/> (the <c>cause</c> field of <c>ga_review</c>).</summary>
internal enum InterferenceCause
{
    /// <summary><c>rain</c>.</summary>
    Rain,

    /// <summary><c>pumping</c> (wells nearby).</summary>
    Pumping,

    /// <summary><c>maintenance</c> of the station.</summary>
    Maintenance,

    /// <summary><c>power</c> failure or switching.</summary>
    Power,

    /// <summary><c>storm</c>: a magnetic (space-weather) or weather storm.</summary>
    Storm,

    /// <summary><c>other</c>.</summary>
    Other,
}

/// <summary>The text forms of verdicts and causes: <c>possible-precursor</c>, <c>interference</c>, <c>unknown</c>; <c>rain</c>, …</summary>
internal static class VerdictNames
{
    private static readonly Dictionary<string, Verdict> s_verdicts = Enum.GetValues<Verdict>().ToDictionary(Text, v => v, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, InterferenceCause> s_causes = Enum.GetValues<InterferenceCause>().ToDictionary(Text, c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every verdict's text, for messages: <c>possible-precursor, interference, unknown</c>.</summary>
    public static string Verdicts => string.Join(", ", s_verdicts.Keys);

    /// <summary>Every cause's text, for messages: <c>rain, pumping, maintenance, power, storm, other</c>.</summary>
    public static string Causes => string.Join(", ", s_causes.Keys);

    /// <summary>The verdict's text.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Text(Verdict verdict) => verdict switch
    {
        Verdict.PossiblePrecursor => "possible-precursor",
        Verdict.Interference => "interference",
        Verdict.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown verdict"),
    };

    /// <summary>The cause's text (lower case).</summary>
    /// <param name="cause">The cause.</param>
    public static string Text(InterferenceCause cause) => cause.ToString().ToLowerInvariant();

    /// <summary>The cause's text, or empty for none (as the <c>cause</c> field stores it).</summary>
    /// <param name="cause">The cause or null.</param>
    public static string Text(InterferenceCause? cause) => cause is { } c ? Text(c) : string.Empty;

    /// <summary>Parses a verdict (case-insensitive, surrounding white space ignored).</summary>
    /// <param name="text">The text.</param>
    /// <param name="verdict">The verdict.</param>
    public static bool TryParse(string? text, out Verdict verdict) => s_verdicts.TryGetValue(text?.Trim() ?? string.Empty, out verdict);

    /// <summary>Parses a cause (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <param name="cause">The cause.</param>
    public static bool TryParse(string? text, out InterferenceCause cause) => s_causes.TryGetValue(text?.Trim() ?? string.Empty, out cause);

    /// <summary>Parses a verdict, or describes why not (naming the value and the choices).</summary>
    /// <param name="text">The text.</param>
    /// <param name="problem">Why it is not a verdict.</param>
    public static Verdict? Parse(string? text, out string? problem)
    {
        problem = null;
        if (TryParse(text, out Verdict verdict))
        {
            return verdict;
        }

        problem = $"verdict '{text}' is not one of {Verdicts}";
        return null;
    }

    /// <summary>Parses an optional cause (empty or null is none), or describes why not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="problem">Why it is not a cause.</param>
    public static InterferenceCause? ParseCause(string? text, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParse(text, out InterferenceCause cause))
        {
            return cause;
        }

        problem = $"cause '{text}' is not one of {Causes}";
        return null;
    }
}
