namespace GeoAnomaly.Plugins.Ssa;

/// <summary>How the raw score is computed from an observed value and the SSA forecast for it (ML.NET's <c>ErrorFunction</c>).</summary>
public enum ErrorFunction
{
    /// <summary><c>actual - forecast</c> (the default).</summary>
    SignedDifference,

    /// <summary><c>|actual - forecast|</c>.</summary>
    AbsoluteDifference,

    /// <summary><c>(actual - forecast) / forecast</c>, 0 when the forecast is 0.</summary>
    SignedProportion,

    /// <summary><c>|(actual - forecast) / forecast|</c>, 0 when the forecast is 0.</summary>
    AbsoluteProportion,

    /// <summary><c>(actual - forecast)²</c>.</summary>
    SquaredDifference,
}

/// <summary>Evaluates an <see cref="ErrorFunction"/> (the formulas of ML.NET's <c>ErrorFunctionUtils</c>).</summary>
internal static class ErrorFunctions
{
    /// <summary>The raw score of <paramref name="actual"/> against <paramref name="forecast"/>.</summary>
    public static double Apply(ErrorFunction function, double actual, double forecast)
    {
        double difference = actual - forecast;
        return function switch
        {
            ErrorFunction.SignedDifference => difference,
            ErrorFunction.AbsoluteDifference => Math.Abs(difference),
            ErrorFunction.SignedProportion => forecast == 0 ? 0 : difference / forecast,
            ErrorFunction.AbsoluteProportion => forecast == 0 ? 0 : Math.Abs(difference / forecast),
            ErrorFunction.SquaredDifference => difference * difference,
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "unknown error function"),
        };
    }
}
