using GeoAnomaly.Plugins.Ssa;

namespace GeoAnomaly.Plugins.Tests.Ssa;

public sealed class SsaTrainerTests
{
    /// <summary>
    /// ML.NET's test <c>ChangePointDetectionWithSeasonality</c> (test/Microsoft.ML.TimeSeries.Tests/TimeSeriesDirectApi.cs,
    /// .NET Core branch) trains on five seasons of 0..9 (window 10, change history 10) and publishes alert, raw score,
    /// p-value and martingale for the first four rows. ML.NET fits on the first N rows, then scores every row from the
    /// first with that model and a state initialised from one projection of the last L training values; that start-up is
    /// replayed here with our trainer's model, so the published raw scores check the SVD, rank selection and recurrence,
    /// and the p-values and martingales check the kernel and the bets. ML.NET computes in single precision, hence the
    /// 1e-5 tolerance on raw scores (they agree within 1.2e-6).
    /// </summary>
    [Fact]
    public void Reproduces_the_raw_scores_p_values_and_martingales_ML_NET_publishes()
    {
        // Given
        double[] series = [.. Enumerable.Range(0, 50).Select(i => (double)(i % 10)), .. Enumerable.Range(0, 10).Select(i => i * 100.0)];
        double[] publishedRaw = [-3.31410551071167, 1.570083498954773, 1.2854313850402832, -1.0950632095336914];
        double[] publishedP = [0.5, 5.2001145245395008E-07, 0.2881081472302483, 0.3666388047550645];
        double[] publishedMartingale = [5.12000000000001E-08, 0.012414560443710681, 0.020389485008225454, 0.02695657272695535];
        var model = new SsaModel(10);

        // When
        new SsaTrainer(50, 10).Fit(series.AsSpan(0, 50), model);
        double[] raw = MlNetStartUpRawScores(model, series, rows: 4);
        var (p, martingale) = PValuesAndMartingales(publishedRaw, history: 10);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(" ", raw.Zip(publishedRaw, (a, e) => $"{a:R}/{e:R}")));
        Assert.Equal(10, model.Window);
        for (int row = 0; row < 4; row++)
        {
            Assert.Equal(publishedRaw[row], raw[row], 1e-5);
            Assert.Equal(publishedP[row], p[row], 1e-6 * Math.Max(publishedP[row], 1e-3));
            Assert.Equal(publishedMartingale[row], martingale[row], 1e-5 * publishedMartingale[row]);
        }
    }

    [Fact]
    public void A_constant_window_gives_a_model_that_forecasts_the_constant()
    {
        // Given
        double[] series = Enumerable.Repeat(-37.5, 100).ToArray();
        var forecaster = new SsaForecaster(10);

        // When
        new SsaTrainer(100, 10).Fit(series, forecaster.Model);
        forecaster.Recompute(series);

        // Then
        Assert.Equal(-37.5, forecaster.Prediction, 1e-12);
        Assert.False(forecaster.Model.IsNaive);
    }

    [Fact]
    public void An_all_zero_window_falls_back_to_the_averaging_model()
    {
        // Given
        double[] series = new double[100];
        var forecaster = new SsaForecaster(10);

        // When
        new SsaTrainer(100, 10).Fit(series, forecaster.Model);
        forecaster.Recompute(series);

        // Then
        Assert.True(forecaster.Model.IsNaive);
        Assert.Equal(0, forecaster.Prediction);
    }

    [Fact]
    public void A_window_whose_only_signal_is_its_last_sample_shrinks_to_the_averaging_model_instead_of_dividing_by_zero()
    {
        // Given: the last sample appears only in the last row of the trajectory matrix, so u₁ = e_L and ν² = 1
        double[] series = new double[100];
        series[^1] = 5;
        var forecaster = new SsaForecaster(10);

        // When
        new SsaTrainer(100, 10).Fit(series, forecaster.Model);
        forecaster.Recompute(series);

        // Then: ML.NET's rule shrinks the window down to 2 and takes the averaging model
        Assert.True(forecaster.Model.IsNaive);
        Assert.Equal(2, forecaster.Model.Window);
        Assert.True(double.IsFinite(forecaster.Prediction));
    }

    /// <summary>
    /// ML.NET's first rows: the state is the projection of the last L training values; each row (from row 0) is compared
    /// with the forecast, then consumed with a window made of the buffer (first filled with the state) and the input.
    /// </summary>
    private static double[] MlNetStartUpRawScores(SsaModel model, double[] series, int rows)
    {
        int window = model.Window;
        var buffer = new List<double>();
        double[] state = Project(model, series.AsSpan(50 - window, window))[1..];
        double[] raw = new double[rows];
        for (int row = 0; row < rows; row++)
        {
            double input = series[row];
            raw[row] = input - state.Zip(model.Alpha, (s, a) => s * a).Sum();
            if (buffer.Count == 0)
            {
                buffer.AddRange(state);
            }

            double[] x = [.. buffer.Skip(buffer.Count - (window - 1)), input];
            double[] smooth = Project(model, x);
            for (int i = 0; i < window - 2; i++)
            {
                state[i] = (((window - 2 - i) * state[i + 1]) + smooth[i + 1]) / (window - 1 - i);
            }

            state[window - 2] = smooth[window - 1];
            buffer.Add(input);
        }

        return raw;
    }

    private static double[] Project(SsaModel model, ReadOnlySpan<double> x)
    {
        int window = model.Window;
        double[] result = new double[window];
        for (int r = 0; r < model.Rank; r++)
        {
            var u = model.Vectors.AsSpan(r * window, window);
            double coordinate = 0;
            for (int l = 0; l < window; l++)
            {
                coordinate += u[l] * x[l];
            }

            for (int l = 0; l < window; l++)
            {
                result[l] += coordinate * u[l];
            }
        }

        return result;
    }

    private static (double[] P, double[] Martingale) PValuesAndMartingales(double[] raw, int history)
    {
        var bets = new List<double>();
        double[] p = new double[raw.Length];
        double[] martingale = new double[raw.Length];
        for (int row = 0; row < raw.Length; row++)
        {
            double[] past = raw[..row];
            p[row] = Martingale.TwoSided(KernelPValue.UpperTail(raw[row], past, new double[past.Length]));
            double bet = Martingale.LogPowerBet(p[row], 0.1);
            bets.AddRange(row == 0 ? Enumerable.Repeat(bet, history) : [bet]);
            martingale[row] = Math.Exp(bets.Skip(bets.Count - history).Sum());
        }

        return (p, martingale);
    }
}
