using GeoAnomaly.Plugins.Forecasting.Network;
using GeoAnomaly.Plugins.Forecasting.Shared;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Forecasting;

/// <summary>A small feed-forward neural network (one or two hidden layers, logistic output) trained full-batch on the
/// weighted cross-entropy, written on MathNet.Numerics.</summary>
/// <remarks>
/// <para><b>Method.</b> Features are standardised with the training rows' mean and sd (stored with the model). The
/// network computes s = w₂ᵀf(W₁z + b₁) + b₂ (one more layer with <c>secondHiddenUnits</c>), f = tanh or ReLU, and
/// P(y = 1) = σ(s). Parameters minimise Σᵢ vᵢ·[log(1 + e^(sᵢ)) − yᵢsᵢ] / Σᵢvᵢ + (λ/2)‖W‖², vᵢ the row weights, by
/// L-BFGS (MathNet <c>LimitedMemoryBfgsMinimizer</c>) or Adam, from Glorot-uniform weights drawn with the host's seed.
/// The default, one hidden layer of 8 tanh units, is the ANN of Reyes, Morales-Esteban &amp; Martínez-Álvarez (2013),
/// "Neural networks to predict earthquakes in Chile", Applied Soft Computing 13.</para>
/// <list type="table">
/// <listheader><term>Characteristic</term><description>Value</description></listheader>
/// <item><term>Weights</term><description>Used: each row's loss term is multiplied by its weight.</description></item>
/// <item><term>Seed</term><description>The host's seed draws the initial weights; training is single-threaded and sums rows in order, so the same seed and data give bitwise the same network.</description></item>
/// <item><term>Score</term><description>σ(s) in (0, 1), uncalibrated (the host calibrates).</description></item>
/// <item><term>Complexity</term><description>O(rows × parameters) per iteration; parameters = (features + 1)·h + h + 1 for one layer.</description></item>
/// </list>
/// </remarks>
internal sealed class NeuralNetworkModel : ForecastModel<NeuralNetworkOptions>
{
    public override string Name => "neural-network";

    public override string Summary =>
        "Feed-forward network (1-2 hidden layers, tanh/ReLU, sigmoid output; default 8 tanh units as Reyes et al. 2013) on standardised features, weighted cross-entropy + L2, full-batch L-BFGS or Adam; seeded, deterministic.";

    public override IForecastPredictor Train(NeuralNetworkOptions options, ForecastTrainingSet data, IPluginContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        TrainingChecks.CheckTrainingSet(Name, data);
        var rows = data.Rows;
        var standardizer = Standardizer.Fit(rows.Values, rows.FeatureCount);
        int[] sizes = options.SecondHiddenUnits > 0
            ? [rows.FeatureCount, options.HiddenUnits, options.SecondHiddenUnits, 1]
            : [rows.FeatureCount, options.HiddenUnits, 1];
        var network = new FeedForwardNetwork(sizes, options.Activation);
        var loss = new NetworkLoss(network, standardizer.Apply(rows.Values), data.Labels.ToArray(), data.Weights, options.L2Regularization);
        var (parameters, iterations, value, converged) = NetworkTrainer.Minimise(loss, network.Initial(context.Seed), options, cancellationToken);
        context.Log(converged ? PluginLogLevel.Information : PluginLogLevel.Warning,
            "{Model} [{Shape}] trained on {Rows} rows: loss {Loss} after {Iterations} iterations ({State})",
            Name, string.Join("-", sizes), rows.Count, value, iterations, converged ? "converged" : "stopped before converging");
        return new NeuralNetworkPredictor(Name, rows.Features.ToArray(), standardizer, network, parameters);
    }

    public override IForecastPredictor Load(Stream stream, IPluginContext context) => NeuralNetworkPredictor.Load(stream, Name);
}
