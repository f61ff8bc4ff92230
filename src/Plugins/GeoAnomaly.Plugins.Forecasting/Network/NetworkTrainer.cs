using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace GeoAnomaly.Plugins.Forecasting.Network;

/// <summary>Minimises a <see cref="NetworkLoss"/> full-batch with L-BFGS or Adam, from a given start, deterministically.</summary>
internal static class NetworkTrainer
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    /// <summary>The parameters found and how many iterations (or epochs) it took.</summary>
    /// <param name="loss">The loss.</param>
    /// <param name="start">Initial parameters.</param>
    /// <param name="options">Optimiser, epochs, tolerance, learning rate.</param>
    /// <param name="cancellationToken">Checked at every evaluation.</param>
    public static (double[] Parameters, int Iterations, double Loss, bool Converged) Minimise(
        NetworkLoss loss, double[] start, NeuralNetworkOptions options, CancellationToken cancellationToken) =>
        options.Optimizer == Optimizer.Adam ? Adam(loss, start, options, cancellationToken) : Lbfgs(loss, start, options, cancellationToken);

    private static (double[], int, double, bool) Lbfgs(NetworkLoss loss, double[] start, NeuralNetworkOptions options, CancellationToken cancellationToken)
    {
        // MathNet throws when it runs out of iterations or its line search fails; the best point it evaluated is kept
        // here so either case still returns a usable (if unconverged) network.
        double[] best = (double[])start.Clone();
        double bestLoss = double.PositiveInfinity;
        var objective = ObjectiveFunction.Gradient(point =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            double[] parameters = point.ToArray();
            double[] gradient = new double[parameters.Length];
            double value = loss.Evaluate(parameters, gradient);
            if (value < bestLoss)
            {
                bestLoss = value;
                parameters.CopyTo(best, 0);
            }

            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(
            gradientTolerance: options.Tolerance, parameterTolerance: 1e-12, functionProgressTolerance: options.Tolerance,
            memory: 10, maximumIterations: options.Epochs);
        try
        {
            var result = minimizer.FindMinimum(objective, Vector<double>.Build.DenseOfArray(start));
            return (result.MinimizingPoint.ToArray(), result.Iterations, result.FunctionInfoAtMinimum.Value, true);
        }
        catch (Exception e) when (e is MaximumIterationsException or OptimizationException or NonConvergenceException)
        {
            return (best, options.Epochs, bestLoss, false);
        }
    }

    private static (double[], int, double, bool) Adam(NetworkLoss loss, double[] start, NeuralNetworkOptions options, CancellationToken cancellationToken)
    {
        double[] parameters = (double[])start.Clone();
        double[] gradient = new double[parameters.Length];
        double[] m = new double[parameters.Length];
        double[] v = new double[parameters.Length];
        double previous = double.PositiveInfinity;
        double value = double.PositiveInfinity;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            value = loss.Evaluate(parameters, gradient);
            if (Math.Abs(previous - value) <= options.Tolerance * Math.Max(1, Math.Abs(value)))
            {
                return (parameters, epoch, value, true);
            }

            previous = value;
            double correction1 = 1 - Math.Pow(Beta1, epoch);
            double correction2 = 1 - Math.Pow(Beta2, epoch);
            for (int p = 0; p < parameters.Length; p++)
            {
                m[p] = (Beta1 * m[p]) + ((1 - Beta1) * gradient[p]);
                v[p] = (Beta2 * v[p]) + ((1 - Beta2) * gradient[p] * gradient[p]);
                parameters[p] -= options.LearningRate * (m[p] / correction1) / (Math.Sqrt(v[p] / correction2) + Epsilon);
            }
        }

        return (parameters, options.Epochs, value, false);
    }
}
