using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.Forecasting;

/// <summary>Seeded synthetic training sets for forecast models: features, labels and class-balancing weights.</summary>
internal static class ForecastSets
{
    /// <summary>Rows whose log-odds are linear in the features: logit = 2·x₁ − 1.5·x₂ + 0.5·x₃ − 1 (x₄ is noise), each
    /// xⱼ ~ N(0, 1), label ~ Bernoulli(σ(logit)).</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="seed">Seed.</param>
    public static ForecastTrainingSet Linear(int rows, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[rows * 4];
        bool[] labels = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                values[(i * 4) + j] = Gaussian(random);
            }

            double logit = (2 * values[i * 4]) - (1.5 * values[(i * 4) + 1]) + (0.5 * values[(i * 4) + 2]) - 1;
            labels[i] = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
        }

        return Balanced(["x1", "x2", "x3", "x4"], values, labels);
    }

    /// <summary>An XOR pattern: x₁, x₂ ~ U(−1, 1), label = sign(x₁)·sign(x₂) &gt; 0, flipped for a fraction
    /// <paramref name="noise"/> of the rows; x₃ is noise.</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="noise">Fraction of labels flipped.</param>
    public static ForecastTrainingSet Xor(int rows, int seed, double noise = 0.05)
    {
        var random = new Random(seed);
        double[] values = new double[rows * 3];
        bool[] labels = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            double x1 = (2 * random.NextDouble()) - 1;
            double x2 = (2 * random.NextDouble()) - 1;
            values[i * 3] = x1;
            values[(i * 3) + 1] = x2;
            values[(i * 3) + 2] = (2 * random.NextDouble()) - 1;
            labels[i] = (Math.Sign(x1) * Math.Sign(x2) > 0) ^ (random.NextDouble() < noise);
        }

        return Balanced(["x1", "x2", "x3"], values, labels);
    }

    /// <summary>Imbalanced rows (about 20 % positive) where x₁ carries the signal: label = x₁ + 0.5·ε &gt; 0.9,
    /// ε ~ N(0, 1); x₂ and x₃ are noise on other scales.</summary>
    /// <param name="rows">Number of rows.</param>
    /// <param name="seed">Seed.</param>
    public static ForecastTrainingSet Informative(int rows, int seed)
    {
        var random = new Random(seed);
        double[] values = new double[rows * 3];
        bool[] labels = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            double x1 = Gaussian(random);
            values[i * 3] = x1;
            values[(i * 3) + 1] = 100 + (20 * Gaussian(random));
            values[(i * 3) + 2] = 0.01 * Gaussian(random);
            labels[i] = x1 + (0.5 * Gaussian(random)) > 0.9;
        }

        return Balanced(["x1", "x2", "x3"], values, labels);
    }

    /// <summary>The same rows with every positive's weight multiplied by <paramref name="factor"/>.</summary>
    /// <param name="set">The set.</param>
    /// <param name="factor">Multiplier of the positives' weights.</param>
    public static ForecastTrainingSet UpWeightPositives(ForecastTrainingSet set, double factor) =>
        new(set.Rows, set.Labels.ToArray(), set.Weights.Select((w, i) => set.Labels[i] ? w * factor : w).ToArray());

    /// <summary>The set with only its negative rows.</summary>
    /// <param name="set">The set.</param>
    public static ForecastTrainingSet NegativesOnly(ForecastTrainingSet set)
    {
        int[] keep = Enumerable.Range(0, set.Rows.Count).Where(i => !set.Labels[i]).ToArray();
        double[] values = keep.SelectMany(i => set.Rows.Row(i).ToArray()).ToArray();
        return new ForecastTrainingSet(new ForecastRows(set.Rows.Features, values), new bool[keep.Length]);
    }

    /// <summary>Scores every row of <paramref name="set"/> with <paramref name="predictor"/>.</summary>
    /// <param name="predictor">The predictor.</param>
    /// <param name="set">The rows.</param>
    public static double[] Scores(IForecastPredictor predictor, ForecastTrainingSet set)
    {
        double[] scores = new double[set.Rows.Count];
        predictor.Predict(set.Rows, scores);
        return scores;
    }

    /// <summary>Weights each class to half the row count in total, as the host does.</summary>
    private static ForecastTrainingSet Balanced(string[] features, double[] values, bool[] labels)
    {
        int positives = labels.Count(l => l);
        int negatives = labels.Length - positives;
        double[] weights = labels.Select(l => l ? labels.Length / (2.0 * positives) : labels.Length / (2.0 * negatives)).ToArray();
        return new ForecastTrainingSet(new ForecastRows(features, values), labels, weights);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
