using GeoAnomaly.Host.Forecasting.Metrics;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics;

public sealed class InformationGainTests
{
    private static readonly bool[] s_labels = [true, true, false, false];
    private static readonly double[] s_reference = [0.1, 0.1, 0.1, 0.1];

    [Fact]
    public void Identical_forecasts_gain_nothing()
    {
        // Given
        // When
        var result = InformationGain.FromRates(s_reference, s_reference, s_labels);

        // Then
        Assert.Equal(0, result.Gain);
        Assert.Equal(0, result.T);
        Assert.Equal(1, result.PValue);
        Assert.Equal(2, result.Events);
    }

    [Fact]
    public void Doubling_the_rate_where_events_happen_gains_ln_2_less_the_extra_expected_count_per_event()
    {
        // Given A doubles B's rate 0.1 on the two event rows: X = [ln 2, ln 2], N_A − N_B = 0.2, N = 2
        //   I = (2 ln 2 − 0.2)/2 = ln 2 − 0.1 ≈ 0.593; s = 0, so T = +∞ and p = 0
        double[] doubled = [0.2, 0.2, 0.1, 0.1];

        // When
        var result = InformationGain.FromRates(doubled, s_reference, s_labels);

        // Then
        Assert.Equal(Math.Log(2) - 0.1, result.Gain, 1e-12);
        Assert.True(result.Gain > 0);
        Assert.Equal(double.PositiveInfinity, result.T);
        Assert.Equal(0, result.PValue);
    }

    [Fact]
    public void Unequal_gains_give_the_hand_computed_T_and_p_value()
    {
        // Given A = 2× B on event row 0 and 4× on event row 1: X = [ln 2, 2 ln 2], N_A − N_B = 0.1 + 0.3 = 0.4, N = 2
        //   I = (3 ln 2 − 0.4)/2 = 1.5 ln 2 − 0.2
        //   s² = sample variance of X = (ln 2)²/2, so s/√N = (ln 2/√2)/√2 = ln 2/2
        //   T = I/(ln 2/2); with N − 1 = 1 degree of freedom (Cauchy), p = 1 − 2 atan(T)/π
        //   95% interval: I ± t(0.975, 1)·ln 2/2 with t(0.975, 1) = tan(0.475π) = 12.706
        double[] forecast = [0.2, 0.4, 0.1, 0.1];
        double gain = (1.5 * Math.Log(2)) - 0.2;
        double t = gain / (Math.Log(2) / 2);
        double half = Math.Tan(0.475 * Math.PI) * Math.Log(2) / 2;

        // When
        var result = InformationGain.FromRates(forecast, s_reference, s_labels);

        // Then
        Assert.Equal(gain, result.Gain, 1e-12);
        Assert.Equal(t, result.T, 1e-12);
        Assert.Equal(1 - (2 * Math.Atan(t) / Math.PI), result.PValue, 1e-10);
        Assert.Equal(gain - half, result.Confidence.Lower, 1e-8);
        Assert.Equal(gain + half, result.Confidence.Upper, 1e-8);
    }

    [Fact]
    public void Probabilities_are_read_as_rates_minus_ln_one_minus_p()
    {
        // Given probabilities whose rates −ln(1 − p) are 0.3, 0.5, 0.1, 0.2 and 0.1 everywhere
        double[] rates = [0.3, 0.5, 0.1, 0.2];
        double[] a = [.. rates.Select(r => 1 - Math.Exp(-r))];
        double[] b = [.. s_reference.Select(r => 1 - Math.Exp(-r))];

        // When
        var fromProbabilities = InformationGain.FromProbabilities(a, b, s_labels);
        var fromRates = InformationGain.FromRates(rates, s_reference, s_labels);

        // Then
        Assert.Equal(fromRates.Gain, fromProbabilities.Gain, 1e-9);
        Assert.Equal(fromRates.T, fromProbabilities.T, 1e-6);
    }

    [Fact]
    public void Without_events_the_gain_is_NaN()
    {
        // Given
        // When
        var result = InformationGain.FromRates(s_reference, s_reference, [false, false, false, false]);

        // Then
        Assert.True(double.IsNaN(result.Gain));
        Assert.Equal(0, result.Events);
    }
}
