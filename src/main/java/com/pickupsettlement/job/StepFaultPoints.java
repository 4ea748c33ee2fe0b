package com.pickupsettlement.job;

import com.pickupsettlement.system.FaultPoint;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * The edges of a step as fault points: "name:begin" once the step is recorded as started and
 * before it does anything; "name:committed" (one-transaction steps) once its work committed and
 * before Spring Batch records the step as COMPLETED, the window where a naive re-run would do the
 * work twice.
 */
final class StepFaultPoints implements StepExecutionListener, ChunkListener<Object, Object> {
    @Override
    public void beforeStep(StepExecution step) {
        FaultPoint.reach(step.getStepName() + ":begin");
    }

    @Override
    public void afterChunk(ChunkContext context) {
        FaultPoint.reach(context.getStepContext().getStepName() + ":committed");
    }
}
