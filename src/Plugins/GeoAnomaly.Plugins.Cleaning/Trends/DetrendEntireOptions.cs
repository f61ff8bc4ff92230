using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>Options of <see cref="DetrendEntirePreprocessor"/> (<c>detrend-entire</c>): one trend over the whole series.</summary>
public sealed record DetrendEntireOptions : IComponentOptions
{
    /// <summary>Largest <see cref="Degree"/> accepted.</summary>
    public const int MaxDegree = 5;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Method"/>: least squares.</summary>
        public const DetrendMethod Method = DetrendMethod.LeastSquares;

        /// <summary>Default <see cref="Degree"/>: 1, a linear trend.</summary>
        public const int Degree = 1;
    }

    /// <summary>How the trend is fitted: leastSquares or bisquare (robust). Default leastSquares.</summary>
    [Description("How the trend is fitted: leastSquares, or bisquare (robust iteratively reweighted least squares, Tukey bisquare).")]
    public DetrendMethod Method { get; init; } = Defaults.Method;

    /// <summary>Degree of the trend polynomial: 0 removes the mean, 1 a line, 2 to 5 a polynomial. Default 1; 0 to 5.</summary>
    [Description("Degree of the trend polynomial: 0 mean, 1 linear, 2 to 5 polynomial.")]
    public int Degree { get; init; } = Defaults.Degree;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be one of {string.Join(", ", Enum.GetNames<DetrendMethod>())}, got {(int)Method}");
        }

        if (Degree < 0 || Degree > MaxDegree)
        {
            yield return OptionError.For(nameof(Degree), $"must be 0 to {MaxDegree}, got {Degree}");
        }
    }
}
