using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting.Shared;

/// <summary>Range checks shared by the options records; each returns an error naming the option, or null.</summary>
internal static class OptionChecks
{
    /// <summary>An error unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="property">The property name (from <c>nameof</c>).</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Smallest value accepted.</param>
    /// <param name="max">Largest value accepted.</param>
    public static OptionError? Within(string property, int value, int min, int max) =>
        value >= min && value <= max ? null
            : OptionError.For(property, $"must be {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got {value.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>An error unless <paramref name="value"/> is finite and in the given range.</summary>
    /// <param name="property">The property name (from <c>nameof</c>).</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Lower bound.</param>
    /// <param name="max">Upper bound.</param>
    /// <param name="minExclusive">Whether <paramref name="min"/> itself is refused.</param>
    public static OptionError? Within(string property, double value, double min, double max, bool minExclusive = false)
    {
        bool ok = double.IsFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
        return ok ? null
            : OptionError.For(property, $"must be in {(minExclusive ? "(" : "[")}{Text(min)}, {Text(max)}], got {Text(value)}");
    }

    /// <summary>An error unless <paramref name="value"/> is a defined member of its enum.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="property">The property name (from <c>nameof</c>).</param>
    /// <param name="value">The value.</param>
    public static OptionError? Defined<TEnum>(string property, TEnum value)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null
            : OptionError.For(property, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}, got {value}");

    /// <summary>The non-null errors among <paramref name="errors"/>.</summary>
    /// <param name="errors">Results of the checks.</param>
    public static IEnumerable<OptionError> All(params OptionError?[] errors) => errors.OfType<OptionError>();

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
