namespace GeoAnomaly.Plugins.IsolationForest.Features;

/// <summary>The per-channel features a feature vector can hold; in a vector they appear in this order.</summary>
[Flags]
internal enum FeatureKinds
{
    /// <summary>No feature.</summary>
    None = 0,

    /// <summary>The sample itself, x[t].</summary>
    Value = 1,

    /// <summary>First difference, x[t] - x[t-1].</summary>
    Diff = 2,

    /// <summary>Rolling mean over the trailing window x[t-w+1..t].</summary>
    Mean = 4,

    /// <summary>Rolling population standard deviation (divisor w) over the trailing window.</summary>
    Std = 8,

    /// <summary>Deviation from the rolling mean, x[t] - mean.</summary>
    Deviation = 16,
}

/// <summary>Reads the comma-separated <c>features</c> option.</summary>
internal static class FeatureKindsParser
{
    private static readonly (string Name, FeatureKinds Kind)[] s_names =
    [
        ("value", FeatureKinds.Value),
        ("diff", FeatureKinds.Diff),
        ("mean", FeatureKinds.Mean),
        ("std", FeatureKinds.Std),
        ("deviation", FeatureKinds.Deviation),
    ];

    /// <summary>The feature names accepted, in vector order.</summary>
    public static IEnumerable<string> Names => s_names.Select(n => n.Name);

    /// <summary>Parses names such as <c>diff,std</c> (case-insensitive, spaces allowed, each at most once).</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="kinds">The features named.</param>
    /// <param name="error">Why the text is invalid, or null.</param>
    public static bool TryParse(string? text, out FeatureKinds kinds, out string error)
    {
        kinds = FeatureKinds.None;
        error = "";
        foreach (string part in (text ?? "").Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var match = s_names.FirstOrDefault(n => n.Name.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                error = $"unknown feature '{part}'; features are {string.Join(", ", Names)}";
                return false;
            }

            if ((kinds & match.Kind) != 0)
            {
                error = $"feature '{part}' is named twice";
                return false;
            }

            kinds |= match.Kind;
        }

        if (kinds == FeatureKinds.None)
        {
            error = $"must name at least one feature of {string.Join(", ", Names)}, got '{text}'";
            return false;
        }

        return true;
    }

    /// <summary>Number of features in <paramref name="kinds"/>.</summary>
    /// <param name="kinds">A set of features.</param>
    public static int Count(FeatureKinds kinds) => System.Numerics.BitOperations.PopCount((uint)kinds);
}
